import { itemFilesIn, listOutboxItems, outboxDamagedDir } from './outbox-store';

/**
 * How the outbox is doing, for the dashboard's notice and the therapist's email (the cms asks for
 * it, see api/consultation/outbox-status.get.ts). Counts, ages and reasons only: never a
 * submission id, a name, an address or a message.
 */
export interface OutboxStatus {
  /** Requests waiting to be delivered. */
  waiting: number;
  /** Waiting longer than `stuckAfterMinutes`, refused by the CMS, or damaged: a person must look. */
  stuck: number;
  /** Of the waiting ones, how many the CMS answered with a refusal (wrong token, 404, 400…). */
  refused: number;
  /** Files that could not be read as requests, kept in damaged/. */
  damaged: number;
  /** Age of the oldest waiting request, in whole minutes (null when none is waiting). */
  oldestMinutes: number | null;
  /** Why the last attempts failed ("HTTP 401", "CMS unreachable"…), with how many requests each. */
  reasons: Record<string, number>;
  stuckAfterMinutes: number;
  checkedAt: string;
}

export const STUCK_AFTER_MINUTES = 15;

export async function readOutboxStatus(dir: string, now = Date.now(), stuckAfterMinutes = STUCK_AFTER_MINUTES): Promise<OutboxStatus> {
  const items = await listOutboxItems(dir);
  const damaged = (await itemFilesIn(outboxDamagedDir(dir))).length + items.filter(({ item }) => !item).length;
  const reasons: Record<string, number> = {};
  let waiting = 0;
  let stuck = 0;
  let refused = 0;
  let oldest: number | null = null;
  for (const { item } of items) {
    if (!item) continue;
    waiting += 1;
    const created = Date.parse(item.createdAt);
    const ageMinutes = Number.isFinite(created) ? Math.max(0, Math.floor((now - created) / 60_000)) : 0;
    oldest = Math.max(oldest ?? 0, ageMinutes);
    if (item.refused) refused += 1;
    if (item.refused || ageMinutes >= stuckAfterMinutes) stuck += 1;
    const reason = item.lastError ?? 'unknown';
    reasons[reason] = (reasons[reason] ?? 0) + 1;
  }
  return {
    waiting,
    stuck: stuck + damaged,
    refused,
    damaged,
    oldestMinutes: oldest,
    reasons,
    stuckAfterMinutes,
    checkedAt: new Date(now).toISOString(),
  };
}
