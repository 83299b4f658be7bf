import type { Core } from '@strapi/strapi';
import type { ScheduledChange } from '../dashboard-contract';
import type { AdminContext as Context } from './admin-context';
import { formatInLondon } from './london-time';
import { SCHEDULABLE_TYPES, isSchedulable, type SchedulableUid } from './schedulable-types';
import { firstIssue, moveScheduleBody, newScheduleBody, resolveWhen } from './schedule-input';
import { cancelSchedule, findSchedule, moveSchedule, openSchedules, planSchedule, type ScheduleRow } from './schedule-store';

const PUBLISH = 'plugin::content-manager.explorer.publish';

/** A schedule as the dashboard shows it: the UK time is spelled out here, once, for every client. */
export const present = (schedule: ScheduleRow): ScheduledChange => ({
  id: schedule.documentId,
  targetType: schedule.targetType,
  typeLabel: SCHEDULABLE_TYPES[schedule.targetType]?.label ?? schedule.targetType,
  documentId: schedule.targetDocumentId,
  action: schedule.action,
  runAt: new Date(schedule.runAt).toISOString(),
  runAtText: formatInLondon(new Date(schedule.runAt)),
  state: schedule.state,
  lastError: schedule.lastError,
});

function refuse(ctx: Context, status: number, message: string): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: status === 403 ? 'ForbiddenError' : 'ValidationError', message } };
}

const state = (ctx: Context): Context['state'] => ctx.state;

const mayPublish = (ctx: Context, uid: SchedulableUid): boolean => state(ctx).userAbility?.can(PUBLISH, uid) === true;

async function list(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const { targetType, documentId } = ctx.query as Record<string, string | undefined>;
  if (targetType !== undefined && !isSchedulable(targetType)) return refuse(ctx, 400, `"${targetType}" cannot be scheduled.`);
  const rows = await openSchedules(strapi, {
    ...(targetType ? { targetType } : {}),
    ...(documentId ? { targetDocumentId: documentId } : {}),
  });
  ctx.body = { data: rows.filter((row) => mayPublish(ctx, row.targetType)).map(present) };
}

async function create(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const parsed = newScheduleBody.safeParse(ctx.request.body);
  if (!parsed.success) return refuse(ctx, 400, firstIssue(parsed.error));
  const body = parsed.data;
  const uid = body.targetType as SchedulableUid;
  if (!mayPublish(ctx, uid)) return refuse(ctx, 403, 'You are not allowed to publish this, so you cannot schedule it.');
  const when = resolveWhen(body, new Date());
  if (!when.ok) return refuse(ctx, 400, when.message);
  const document = await strapi.documents(uid).findOne({ documentId: body.documentId });
  if (!document) return refuse(ctx, 404, 'There is no such document: save it first, then schedule it.');

  const others = await openSchedules(strapi, { targetType: uid, targetDocumentId: body.documentId });
  const publishAt = others.find((row) => row.action === 'publish' && row.state === 'pending')?.runAt;
  if (body.action === 'unpublish' && publishAt && new Date(publishAt) >= when.at) {
    return refuse(ctx, 400, `It is scheduled to publish on ${formatInLondon(new Date(publishAt))}: choose an unpublish time after that.`);
  }
  const user = state(ctx).user;
  const { schedule, moved } = await planSchedule(strapi, {
    targetType: uid,
    targetDocumentId: body.documentId,
    action: body.action,
    runAt: when.at,
    requestedBy: [user?.firstname, user?.lastname].filter(Boolean).join(' ') || user?.email,
  });
  ctx.status = moved ? 200 : 201;
  ctx.body = { data: present(schedule) };
}

async function withPending(strapi: Core.Strapi, ctx: Context): Promise<ScheduleRow | undefined> {
  const schedule = await findSchedule(strapi, String(ctx.params.id));
  if (!schedule) {
    refuse(ctx, 404, 'There is no such scheduled change.');
    return undefined;
  }
  if (!mayPublish(ctx, schedule.targetType)) {
    refuse(ctx, 403, 'You are not allowed to publish this, so you cannot change its schedule.');
    return undefined;
  }
  return schedule;
}

async function move(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const schedule = await withPending(strapi, ctx);
  if (!schedule) return;
  const parsed = moveScheduleBody.safeParse(ctx.request.body);
  if (!parsed.success) return refuse(ctx, 400, firstIssue(parsed.error));
  const when = resolveWhen(parsed.data, new Date());
  if (!when.ok) return refuse(ctx, 400, when.message);
  const moved = await moveSchedule(strapi, schedule.documentId, when.at);
  if (!moved) return refuse(ctx, 409, 'This change has already run or was cancelled: schedule it again instead.');
  ctx.body = { data: present(moved) };
}

async function cancel(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const schedule = await withPending(strapi, ctx);
  if (!schedule) return;
  const cancelled = await cancelSchedule(strapi, schedule.documentId);
  if (!cancelled) return refuse(ctx, 409, 'This change is running or has already run, so it can no longer be cancelled.');
  ctx.body = { data: present(cancelled) };
}

/**
 * The dashboard's API for scheduled changes, under /tend/schedules, for signed-in dashboard
 * users only (admin routes). Registered in register(): routes are mounted before bootstrap().
 */
export function registerScheduleRoutes(strapi: Core.Strapi): void {
  const handle = (fn: (strapi: Core.Strapi, ctx: Context) => Promise<void>) => (ctx: Context) => fn(strapi, ctx);
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  strapi.server.routes({
    type: 'admin',
    prefix: '/tend',
    routes: [
      { method: 'GET', path: '/schedules', handler: handle(list), config },
      { method: 'POST', path: '/schedules', handler: handle(create), config },
      { method: 'PUT', path: '/schedules/:id', handler: handle(move), config },
      { method: 'DELETE', path: '/schedules/:id', handler: handle(cancel), config },
    ],
  } as unknown as Parameters<Core.Strapi['server']['routes']>[0]);
}
