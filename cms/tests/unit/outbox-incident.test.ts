// One email per incident: the pure steps behind the dashboard's notice (src/outbox-watch/).
import { describe, expect, it } from 'vitest';
import { NO_INCIDENT, stepIncident } from '../../src/outbox-watch/incident';
import { composeOutboxIncidentEmail } from '../../src/outbox-watch/incident-email';
import type { OutboxStatus } from '../../src/outbox-watch/web-outbox-status';

const calm: OutboxStatus = { waiting: 0, stuck: 0, refused: 0, damaged: 0, oldestMinutes: null, reasons: {}, stuckAfterMinutes: 15, checkedAt: '2026-11-30T10:00:00.000Z' };
const down: OutboxStatus = { ...calm, waiting: 1, stuck: 1, oldestMinutes: 20, reasons: { 'CMS unreachable': 1 } };
const now = new Date('2026-11-30T10:00:00Z');

describe('stuck requests on the website', () => {
  it('opens an incident and emails once; later checks of the same incident send nothing; calm closes it', () => {
    const first = stepIncident(NO_INCIDENT, down, now);
    expect(first).toEqual({ next: { openSince: now.toISOString(), emailed: false }, email: true });
    const emailed = { ...first.next, emailed: true };
    expect(stepIncident(emailed, { ...down, waiting: 3, stuck: 3 }, new Date('2026-11-30T11:00:00Z'))).toEqual({ next: emailed, email: false });
    expect(stepIncident(emailed, calm, now)).toEqual({ next: NO_INCIDENT, email: false });
  });

  it('asks again for an email that could not be sent', () => {
    expect(stepIncident({ openSince: now.toISOString(), emailed: false }, down, now).email).toBe(true);
  });

  it('words the email by the cause, with counts and ages only', () => {
    expect(composeOutboxIncidentEmail(down, 'https://cms.example.org/admin').text).toContain('1 consultation request is waiting on the website and not yet in the dashboard, the oldest for 20 minutes.');
    expect(composeOutboxIncidentEmail(down, 'https://cms.example.org/admin').text).toContain('cannot reach the dashboard');
    const refused = composeOutboxIncidentEmail({ ...down, refused: 1, reasons: { 'HTTP 403': 1 } }, 'https://cms.example.org/admin');
    expect(refused.text).toContain('enquiry token');
    expect(refused.html).toContain('href="https://cms.example.org/admin"');
  });
});
