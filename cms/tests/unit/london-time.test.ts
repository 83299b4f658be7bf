import { describe, expect, it } from 'vitest';
import { formatInLondon, londonToInstant } from '../../src/scheduling/london-time';

const instant = (date: string, time: string): string => {
  const result = londonToInstant(date, time);
  if (!result.ok) throw new Error(result.message);
  return result.at.toISOString();
};

describe('UK wall-clock time to an instant', () => {
  it('is GMT in winter and BST (an hour ahead of UTC) in summer', () => {
    expect(instant('2026-12-01', '09:00')).toBe('2026-12-01T09:00:00.000Z');
    expect(instant('2026-07-01', '09:00')).toBe('2026-07-01T08:00:00.000Z');
  });

  it('follows the clocks on the days they change', () => {
    expect(instant('2026-03-29', '00:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(instant('2026-03-29', '02:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(instant('2026-10-25', '00:59')).toBe('2026-10-24T23:59:00.000Z');
    expect(instant('2026-10-25', '02:00')).toBe('2026-10-25T02:00:00.000Z');
  });

  it('refuses a time the clocks skip, and says why and what to choose', () => {
    const result = londonToInstant('2026-03-29', '01:30');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/does not exist in the UK on 29 March 2026: the clocks go forward/) });
  });

  it('refuses a time that happens twice, and says why', () => {
    const result = londonToInstant('2026-10-25', '01:30');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/happens twice in the UK on 25 October 2026: the clocks go back/) });
  });

  it('refuses dates and times that are not, with the expected format', () => {
    expect(londonToInstant('2026-02-30', '09:00')).toMatchObject({ ok: false, message: expect.stringMatching(/not a date/) });
    expect(londonToInstant('30/01/2026', '09:00')).toMatchObject({ ok: false, message: expect.stringMatching(/YYYY-MM-DD/) });
    expect(londonToInstant('2026-01-30', '9am')).toMatchObject({ ok: false, message: expect.stringMatching(/HH:MM/) });
  });

  it('reads back in UK time with the zone named', () => {
    expect(formatInLondon(new Date('2026-07-01T08:00:00Z'))).toBe('Wednesday 1 July 2026 at 09:00 (BST)');
    expect(formatInLondon(new Date('2026-12-01T09:00:00Z'))).toBe('Tuesday 1 December 2026 at 09:00 (GMT)');
  });
});
