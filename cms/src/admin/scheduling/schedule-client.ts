import { isFetchError } from '@strapi/strapi/admin';
import { PRACTICE_TIME_ZONE, SHORT_UK_DATE_TIME, type ScheduledChange } from '../../dashboard-contract';
import { SCHEDULABLE_TYPES } from '../../scheduling/schedulable-types';

export type { ScheduledChange };

export const SCHEDULABLE_MODELS: readonly string[] = Object.keys(SCHEDULABLE_TYPES);

/** The server's own message ("That time has already passed…"), never a stack or status code alone. */
export function serverMessage(error: unknown): string {
  if (isFetchError(error)) {
    const message = error.response?.data?.error?.message;
    if (typeof message === 'string' && message) return message;
  }
  return 'The dashboard could not reach the CMS. Check your connection and try again.';
}

/** An instant as the UK date and time inputs show it ("2027-03-28", "09:30"). */
export function londonDateAndTime(at: Date): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: PRACTICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

const SHORT_WHEN = SHORT_UK_DATE_TIME;

/** The list column's short form ("Publishes Tue 8 Dec 2026, 09:30"): the column title says it is UK time. */
export const describeChangeShortly = (change: ScheduledChange): string => {
  const when = SHORT_WHEN.format(new Date(change.runAt));
  if (change.state === 'failed') return `Did not ${change.action} (due ${when})`;
  return `${change.action === 'publish' ? 'Publishes' : 'Unpublishes'} ${when}`;
};

export const describeChange = (change: ScheduledChange): string =>
  change.state === 'failed'
    ? `Did not ${change.action} (was due ${change.runAtText})`
    : `${change.action === 'publish' ? 'Publishes' : 'Unpublishes'} on ${change.runAtText}`;
