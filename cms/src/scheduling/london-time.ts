import { PRACTICE_TIME_ZONE } from '../dashboard-contract';
import { READABLE_DATE_TIME } from '../practice-time';
import { Temporal } from 'temporal-polyfill';

/**
 * The therapist thinks in UK wall-clock time; the database stores instants (UTC). Conversion goes
 * through Temporal (temporal-polyfill, until Node ships it) because it names the two clock-change
 * traps instead of guessing: a time that does not exist (the clocks go forward at 01:00 on the
 * last Sunday of March, so 01:30 never happens) and a time that happens twice (the clocks go back
 * at 02:00 on the last Sunday of October, so 01:30 happens once in BST and once in GMT).
 * date-fns-tz, measured beside it, silently moves the first an hour earlier and picks one of the
 * second without saying so.
 */

export type LondonTimeResult = { ok: true; at: Date } | { ok: false; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const spoken = (date: Temporal.PlainDate): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(date.year, date.month - 1, date.day, 12)),
  );

/** `2027-03-28` + `09:30` in the UK → the instant; a plain-English refusal when it cannot be one. */
export function londonToInstant(date: string, time: string): LondonTimeResult {
  if (!DATE.test(date)) return { ok: false, message: 'Give the date as YYYY-MM-DD, for example 2027-03-28.' };
  if (!TIME.test(time)) return { ok: false, message: 'Give the time as HH:MM on the 24-hour clock, for example 09:30.' };
  let plain: Temporal.PlainDateTime;
  try {
    plain = Temporal.PlainDateTime.from(`${date}T${time}`, { overflow: 'reject' });
  } catch {
    return { ok: false, message: `${date} is not a date in the calendar.` };
  }
  const earlier = plain.toZonedDateTime(PRACTICE_TIME_ZONE, { disambiguation: 'earlier' });
  const later = plain.toZonedDateTime(PRACTICE_TIME_ZONE, { disambiguation: 'later' });
  if (earlier.toPlainDateTime().equals(plain) && !later.toPlainDateTime().equals(plain)) {
    return { ok: true, at: new Date(earlier.epochMilliseconds) };
  }
  if (!earlier.toPlainDateTime().equals(plain)) {
    return {
      ok: false,
      message: `${time} does not exist in the UK on ${spoken(plain.toPlainDate())}: the clocks go forward an hour at 1am. Choose 2am or later.`,
    };
  }
  if (earlier.epochMilliseconds !== later.epochMilliseconds) {
    return {
      ok: false,
      message: `${time} happens twice in the UK on ${spoken(plain.toPlainDate())}: the clocks go back an hour at 2am. Choose 2am or later, or before 1am.`,
    };
  }
  return { ok: true, at: new Date(earlier.epochMilliseconds) };
}

/** The instant as the therapist reads it: "Tuesday 3 March 2026 at 09:30 (GMT)". */
export function formatInLondon(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', READABLE_DATE_TIME).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')} at ${part('hour')}:${part('minute')} (${part('timeZoneName')})`;
}
