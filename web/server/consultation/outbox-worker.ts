import type { DeliveryResult, EnquiryPayload } from './enquiry-cms';
import { deleteExpiredOutboxFiles } from './outbox-retention';
import { readOutboxStatus, type OutboxStatus } from './outbox-status';
import {
  listOutboxItems,
  moveOutboxItemToDamaged,
  type OutboxItem,
  removeOutboxItem,
  removeOutboxLeftovers,
  restoreLegacyFailed,
  saveOutboxItem,
} from './outbox-store';

/**
 * Delivers the outbox: at start-up, then every few seconds while requests are waiting, each on
 * its own exponential backoff (stored in its file, capped at `maxDelayMs`). Whatever the CMS
 * answers short of storing it (down, 5xx, a wrong token, 404, 400), the request stays and is
 * tried again: a refusal is usually fixed by a person (the token), and then it must go out by
 * itself. A file is deleted only after the CMS said 2xx (201 stored, or 200 "already stored"
 * after a crash between sending and deleting), so every request arrives exactly once. One
 * delivery run at a time in this process; one web server per outbox folder.
 */
export interface OutboxOptions {
  dir: string;
  send: (payload: EnquiryPayload) => Promise<DeliveryResult>;
  /** Days a request may wait before it is deleted undelivered (the privacy notice's period). */
  retentionDays?: number;
  log?: (line: string) => void;
  /** For what needs a person: refusals, files that cannot be read, requests deleted undelivered. */
  logError?: (line: string) => void;
  now?: () => number;
  /** Wait after the first failed attempt; doubles with each further one. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How often to look again while requests are waiting. */
  pollMs?: number;
  /** How often the retention sweep runs. */
  sweepMs?: number;
}

export interface OutboxRun {
  delivered: number;
  retrying: number;
  /** Of the retrying ones, refused by the CMS this time. */
  refused: number;
  /** Requests still in the outbox after this run. */
  waiting: number;
}

export interface Outbox {
  /** Keeps a request the CMS did not store on its first attempt; rejects when it cannot be saved. */
  enqueue(payload: EnquiryPayload, result: Exclude<DeliveryResult, { kind: 'stored' }>): Promise<void>;
  /** One delivery run over the requests that are due (joins the current run if one is going). */
  deliverDue(): Promise<OutboxRun>;
  status(): Promise<OutboxStatus>;
  /** Deletes every copy older than the retention period; how many files went. */
  sweep(): Promise<number>;
  start(): void;
  /** Stops the timers and waits for the run and the writes in progress (SIGTERM, see the plugin). */
  stop(): Promise<void>;
}

export function retryDelayMs(attempts: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { dir, send, retentionDays = 90, log = console.info, logError = console.error, now = Date.now } = options;
  const { baseDelayMs = 2000, maxDelayMs = 600_000, pollMs = 3000, sweepMs = 60 * 60 * 1000 } = options;
  let running: Promise<OutboxRun> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sweepTimer: ReturnType<typeof setInterval> | null = null;
  let started = false;
  const writes = new Set<Promise<unknown>>();

  /** Every write is tracked, so that stopping waits for it instead of cutting it in half. */
  function tracked<T>(write: Promise<T>): Promise<T> {
    writes.add(write);
    return write.finally(() => writes.delete(write));
  }

  const nextAttempt = (attempts: number): string => new Date(now() + retryDelayMs(attempts, baseDelayMs, maxDelayMs)).toISOString();

  async function attempt(item: OutboxItem, run: OutboxRun): Promise<void> {
    const id = item.submissionId;
    const result = await send(item.payload).catch((): DeliveryResult => ({ kind: 'retry', reason: 'send failed' }));
    if (result.kind === 'stored') {
      await tracked(removeOutboxItem(dir, id));
      run.delivered += 1;
      log(`[outbox] enquiry delivered ${id}${result.duplicate ? ' (it had arrived before)' : ''}`);
      return;
    }
    const attempts = item.attempts + 1;
    const refused = result.kind !== 'retry';
    await tracked(saveOutboxItem(dir, { ...item, attempts, lastError: result.reason, refused, nextAttemptAt: nextAttempt(attempts) }));
    run.retrying += 1;
    const line = `[outbox] enquiry ${id} not delivered (${result.reason}), attempt ${attempts}; kept, next in ${Math.round(retryDelayMs(attempts, baseDelayMs, maxDelayMs) / 1000)} s`;
    if (refused) {
      run.refused += 1;
      logError(`${line}: the CMS refused it, check the website's enquiry token and the CMS address`);
    } else log(line);
  }

  async function run(): Promise<OutboxRun> {
    const result: OutboxRun = { delivered: 0, retrying: 0, refused: 0, waiting: 0 };
    for (const { submissionId, item } of await listOutboxItems(dir)) {
      if (!item) {
        await tracked(moveOutboxItemToDamaged(dir, submissionId));
        logError(`[outbox] unreadable file for ${submissionId}; moved to damaged/`);
      } else if (Date.parse(item.nextAttemptAt) <= now()) {
        await attempt(item, result);
      }
    }
    result.waiting = (await listOutboxItems(dir)).length;
    return result;
  }

  function deliverDue(): Promise<OutboxRun> {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  }

  function schedule(): void {
    if (!started || timer) return;
    timer = setTimeout(() => {
      timer = null;
      deliverDue()
        .then((result) => {
          if (result.waiting > 0) schedule();
        })
        .catch((error: unknown) => {
          console.error('[outbox] delivery run failed; will try again.', error instanceof Error ? error.message : String(error));
          schedule();
        });
    }, pollMs);
    timer.unref();
  }

  async function sweep(): Promise<number> {
    const deleted = await tracked(deleteExpiredOutboxFiles(dir, retentionDays, now()));
    if (deleted > 0) logError(`[outbox] retention: ${deleted} file(s) older than ${retentionDays} days deleted (never delivered)`);
    return deleted;
  }

  return {
    async enqueue(payload, result) {
      const refused = result.kind !== 'retry';
      const item: OutboxItem = {
        version: 1,
        submissionId: payload.submissionId,
        createdAt: new Date(now()).toISOString(),
        attempts: 1,
        nextAttemptAt: nextAttempt(1),
        lastError: result.reason,
        refused,
        payload,
      };
      await tracked(saveOutboxItem(dir, item));
      if (refused) logError(`[outbox] enquiry ${payload.submissionId} refused by the CMS (${result.reason}); kept in the outbox and retried`);
      schedule();
    },
    deliverDue,
    status: () => readOutboxStatus(dir, now()),
    sweep,
    start() {
      if (started) return;
      started = true;
      sweepTimer = setInterval(() => {
        sweep().catch((error: unknown) => console.error('[outbox] retention sweep failed.', error instanceof Error ? error.message : String(error)));
      }, sweepMs);
      sweepTimer.unref();
      // At start-up: leftovers of a crash go, then whatever a previous run left waiting goes out.
      removeOutboxLeftovers(dir)
        .then(() => restoreLegacyFailed(dir))
        .then((restored) => {
          if (restored > 0) log(`[outbox] ${restored} request(s) parked by an earlier version are back in the outbox`);
          return sweep();
        })
        .then(() => deliverDue())
        .then((result) => {
          if (result.waiting > 0) schedule();
        })
        .catch((error: unknown) => {
          console.error('[outbox] start-up delivery failed; will try again.', error instanceof Error ? error.message : String(error));
          schedule();
        });
    },
    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      if (sweepTimer) clearInterval(sweepTimer);
      timer = null;
      sweepTimer = null;
      await running?.catch(() => undefined);
      await Promise.allSettled([...writes]);
    },
  };
}
