import type { Core } from '@strapi/strapi';
import type { SchedulableUid } from './schedulable-types';

/**
 * Scheduled changes live in their own table (`api::schedule.schedule`) rather than as fields on
 * every schedulable type: one place to query for "what is due", no extra columns on content
 * (which would be versioned, validated and published with it), and a row can outlive the draft
 * it points at to say why it failed.
 *
 * Every state change from `pending` is one conditional UPDATE (… WHERE state = 'pending'), so
 * two CMS instances, or a run racing the therapist's "Cancel", cannot both win: whoever changes
 * the row first owns it, the other sees a count of 0.
 */
export const SCHEDULE = 'api::schedule.schedule';

export type ScheduleAction = 'publish' | 'unpublish';
export type ScheduleState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

export interface ScheduleRow {
  id: number;
  documentId: string;
  targetType: SchedulableUid;
  targetDocumentId: string;
  targetLocale: string | null;
  action: ScheduleAction;
  runAt: string;
  state: ScheduleState;
  claimedBy: string | null;
  claimedAt: string | null;
  finishedAt: string | null;
  lastError: string | null;
  requestedBy: string | null;
}

export interface NewSchedule {
  targetType: SchedulableUid;
  targetDocumentId: string;
  targetLocale?: string | null;
  action: ScheduleAction;
  runAt: Date;
  requestedBy?: string;
}

const query = (strapi: Core.Strapi) => strapi.db.query(SCHEDULE as 'api::schedule.schedule');

const rows = (value: unknown): ScheduleRow[] => value as ScheduleRow[];

/** Schedules the change, or moves the pending one for the same document and action. */
export async function planSchedule(strapi: Core.Strapi, plan: NewSchedule): Promise<{ schedule: ScheduleRow; moved: boolean }> {
  const where = { targetType: plan.targetType, targetDocumentId: plan.targetDocumentId, action: plan.action, state: 'pending' };
  const [existing] = rows(await query(strapi).findMany({ where, limit: 1 }));
  if (existing) {
    const moved = await moveSchedule(strapi, existing.documentId, plan.runAt);
    if (moved) return { schedule: moved, moved: true };
  }
  const created = (await query(strapi).create({
    data: { ...plan, targetLocale: plan.targetLocale ?? null, state: 'pending', publishedAt: new Date() },
  })) as ScheduleRow;
  return { schedule: created, moved: false };
}

/** New time for a pending schedule; null when it already ran or was cancelled. */
export async function moveSchedule(strapi: Core.Strapi, documentId: string, runAt: Date): Promise<ScheduleRow | null> {
  const { count } = await query(strapi).updateMany({ where: { documentId, state: 'pending' }, data: { runAt } });
  return count === 1 ? findSchedule(strapi, documentId) : null;
}

/** Cancels a pending schedule or clears a failed one from view; null when there is nothing to cancel. */
export async function cancelSchedule(strapi: Core.Strapi, documentId: string): Promise<ScheduleRow | null> {
  const { count } = await query(strapi).updateMany({
    where: { documentId, state: { $in: ['pending', 'failed'] } },
    data: { state: 'cancelled', finishedAt: new Date() },
  });
  return count === 1 ? findSchedule(strapi, documentId) : null;
}

export async function findSchedule(strapi: Core.Strapi, documentId: string): Promise<ScheduleRow | null> {
  return ((await query(strapi).findOne({ where: { documentId } })) as ScheduleRow | null) ?? null;
}

/** What the dashboard shows: every pending change, and failures not yet dealt with. */
export async function openSchedules(
  strapi: Core.Strapi,
  filter: { targetType?: SchedulableUid; targetDocumentId?: string } = {},
): Promise<ScheduleRow[]> {
  return rows(
    await query(strapi).findMany({
      where: { ...filter, state: { $in: ['pending', 'running', 'failed'] } },
      orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
      limit: 500,
    }),
  );
}

export async function dueSchedules(strapi: Core.Strapi, now: Date, limit = 20): Promise<ScheduleRow[]> {
  return rows(
    await query(strapi).findMany({
      where: { state: 'pending', runAt: { $lte: now } },
      orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
      limit,
    }),
  );
}

/** Takes a due schedule for this instance; false when another instance (or a cancel) got there first. */
export async function claimSchedule(strapi: Core.Strapi, id: number, instance: string, now: Date): Promise<boolean> {
  const { count } = await query(strapi).updateMany({
    where: { id, state: 'pending' },
    data: { state: 'running', claimedBy: instance, claimedAt: now },
  });
  return count === 1;
}

export async function finishSchedule(strapi: Core.Strapi, id: number, outcome: { failed: string } | 'done'): Promise<void> {
  const data = outcome === 'done' ? { state: 'done', lastError: null } : { state: 'failed', lastError: outcome.failed.slice(0, 2000) };
  await query(strapi).update({ where: { id }, data: { ...data, finishedAt: new Date() } });
}

/**
 * An instance that stopped mid-run (a deploy, a crash) leaves its row `running`. After ten
 * minutes it is handed back: publishing the same draft twice changes nothing readers see.
 */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

export async function releaseStaleClaims(strapi: Core.Strapi, now: Date): Promise<number> {
  const { count } = await query(strapi).updateMany({
    where: { state: 'running', claimedAt: { $lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
    data: { state: 'pending', claimedBy: null, claimedAt: null },
  });
  return count;
}
