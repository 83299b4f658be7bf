import { PRACTICE_TIME_ZONE } from './dashboard-contract';

/** How a moment reads to the therapist: "Tuesday 3 March 2026 at 09:30 GMT". */
export const READABLE_DATE_TIME: Intl.DateTimeFormatOptions = {
  timeZone: PRACTICE_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};
