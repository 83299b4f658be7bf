import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { emailScheduleFailure } from './failure-email';
import { SCHEDULABLE_TYPES } from './schedulable-types';
import {
  claimSchedule,
  dueSchedules,
  finishSchedule,
  releaseStaleClaims,
  type ScheduleRow,
} from './schedule-store';

/** Names this process in `claimedBy`, so a row shows which instance ran it. */
export const INSTANCE_ID = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export interface RunSummary {
  done: string[];
  failed: string[];
}

/** The document's name as the therapist knows it: its title, or the single type's label. */
async function documentTitle(strapi: Core.Strapi, schedule: ScheduleRow): Promise<string> {
  const type = SCHEDULABLE_TYPES[schedule.targetType];
  if (!('titleField' in type)) return type.label;
  const draft = (await strapi.documents(schedule.targetType).findOne({ documentId: schedule.targetDocumentId })) as Record<string, unknown> | null;
  const title = draft?.[type.titleField];
  return typeof title === 'string' && title.trim() ? title : type.label;
}

/**
 * The reason in the therapist's words: a publishing rule's own message (e.g. an image without
 * alternative text), Strapi's field messages, or a plain fallback. No stack traces.
 */
export function failureReason(error: unknown): string {
  if (!(error instanceof Error)) return 'The CMS could not make this change.';
  const details = (error as Error & { details?: { errors?: Array<{ path?: unknown[]; message?: string }> } }).details;
  const fieldErrors = (details?.errors ?? [])
    .filter((item) => typeof item.message === 'string' && item.message !== error.message)
    .map((item) => (Array.isArray(item.path) && item.path.length > 0 ? `${item.path.join('.')}: ${item.message}` : String(item.message)));
  return [error.message, ...fieldErrors].join(' ').slice(0, 1000);
}

/** Publishes or unpublishes through the Document Service: the same webhook and change feed as the dashboard. */
async function apply(strapi: Core.Strapi, schedule: ScheduleRow): Promise<void> {
  const documents = strapi.documents(schedule.targetType);
  const target = { documentId: schedule.targetDocumentId, ...(schedule.targetLocale ? { locale: schedule.targetLocale } : {}) };
  const exists = await documents.findOne(target);
  if (!exists) throw new Error(`The ${SCHEDULABLE_TYPES[schedule.targetType].label.toLowerCase()} no longer exists.`);
  if (schedule.action === 'publish') await documents.publish(target);
  else await documents.unpublish(target);
}

/**
 * Runs every change that is due, each exactly once across instances: the row is claimed with one
 * conditional UPDATE before anything is done. Called by the cron task every few seconds.
 */
export async function runDueSchedules(strapi: Core.Strapi, now: Date = new Date(), instance: string = INSTANCE_ID): Promise<RunSummary> {
  const summary: RunSummary = { done: [], failed: [] };
  await releaseStaleClaims(strapi, now);
  for (const schedule of await dueSchedules(strapi, now)) {
    if (!(await claimSchedule(strapi, schedule.id, instance, now))) continue;
    try {
      await apply(strapi, schedule);
      await finishSchedule(strapi, schedule.id, 'done');
      summary.done.push(schedule.documentId);
    } catch (error) {
      const reason = failureReason(error);
      await finishSchedule(strapi, schedule.id, { failed: reason });
      summary.failed.push(schedule.documentId);
      strapi.log.warn(`[tend] scheduled ${schedule.action} of ${schedule.targetType} ${schedule.targetDocumentId} failed: ${reason}`);
      await emailScheduleFailure(strapi, schedule, await documentTitle(strapi, schedule).catch(() => 'A scheduled change'), reason);
    }
  }
  return summary;
}
