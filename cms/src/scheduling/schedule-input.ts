import { z } from 'zod';
import { londonToInstant } from './london-time';
import { isSchedulable, type SchedulableUid } from './schedulable-types';

/**
 * What the "Schedule" panel sends. The time is UK wall-clock (`date` + `time`), converted on the
 * server so that every client agrees; scripts and tests may give an exact instant (`runAt`, ISO
 * 8601 with a zone) instead.
 */
const when = z.union([
  z.object({ date: z.string(), time: z.string() }),
  z.object({ runAt: z.iso.datetime({ offset: true }) }),
]);

export const newScheduleBody = z
  .object({
    targetType: z.string().refine(isSchedulable, 'Only articles, the practice details, crisis support and site settings can be scheduled.'),
    documentId: z.string('Say which document to schedule (its documentId).').min(1, 'Save it first: there is no document to schedule yet.').max(64, 'That is not a document id.'),
    action: z.enum(['publish', 'unpublish'], 'Say whether to "publish" or "unpublish".'),
  })
  .and(when);

export const moveScheduleBody = when;

export type When = z.infer<typeof when>;

/** Latest date the panel accepts: a typo in the year should not hide a schedule for a decade. */
const MAX_AHEAD_MS = 2 * 366 * 24 * 60 * 60 * 1000;

export function resolveWhen(input: When, now: Date): { ok: true; at: Date } | { ok: false; message: string } {
  const result = 'runAt' in input ? { ok: true as const, at: new Date(input.runAt) } : londonToInstant(input.date, input.time);
  if (!result.ok) return result;
  if (result.at.getTime() <= now.getTime()) return { ok: false, message: 'That time has already passed: choose a time in the future.' };
  if (result.at.getTime() - now.getTime() > MAX_AHEAD_MS) return { ok: false, message: 'Choose a time within the next two years.' };
  return result;
}

export const firstIssue = (error: z.ZodError): string => error.issues[0]?.message ?? 'The request is not valid.';

export type { SchedulableUid };
