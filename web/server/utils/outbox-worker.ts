import type { DeliveryResult, EnquiryPayload } from './enquiry-cms';
import {
  listOutboxItems,
  moveOutboxItemToFailed,
  type OutboxItem,
  removeOutboxItem,
  removeOutboxLeftovers,
  saveFailedOutboxItem,
  saveOutboxItem,
} from './outbox-store';

/**
 * Delivers the outbox: at start-up, then every few seconds while requests are waiting, each on
 * its own exponential backoff (stored in its file). A file is deleted only after the CMS said 2xx
 * (201 stored, or 200 "already stored" after a crash between sending and deleting), so every
 * request arrives exactly once. One delivery run at a time in this process; one web server per
 * outbox folder.
 */
export interface OutboxOptions {
  dir: string;
  send: (payload: EnquiryPayload) => Promise<DeliveryResult>;
  log?: (line: string) => void;
  /** For what needs a person: refusals and files that cannot be read. */
  logError?: (line: string) => void;
  now?: () => number;
  /** Wait after the first failed attempt; doubles with each further one. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How often to look again while requests are waiting. */
  pollMs?: number;
}

export interface OutboxRun {
  delivered: number;
  retrying: number;
  failed: number;
  /** Requests still in the outbox after this run. */
  waiting: number;
}

export interface Outbox {
  /** Keeps a request the CMS could not take just now (its first attempt already failed). */
  enqueue(payload: EnquiryPayload, reason: string): Promise<void>;
  /** Keeps a request the CMS refused for good in failed/, for a person to look at. */
  park(payload: EnquiryPayload, reason: string): Promise<void>;
  /** One delivery run over the requests that are due (joins the current run if one is going). */
  deliverDue(): Promise<OutboxRun>;
  start(): void;
  stop(): Promise<void>;
}

export function retryDelayMs(attempts: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { dir, send, log = console.info, logError = console.error, now = Date.now, baseDelayMs = 2000, maxDelayMs = 600_000, pollMs = 3000 } = options;
  let running: Promise<OutboxRun> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let started = false;

  const newItem = (payload: EnquiryPayload, reason: string): OutboxItem => ({
    version: 1,
    submissionId: payload.submissionId,
    createdAt: new Date(now()).toISOString(),
    attempts: 1,
    nextAttemptAt: new Date(now() + retryDelayMs(1, baseDelayMs, maxDelayMs)).toISOString(),
    lastError: reason,
    payload,
  });

  async function attempt(item: OutboxItem, run: OutboxRun): Promise<void> {
    const id = item.submissionId;
    const result = await send(item.payload).catch((): DeliveryResult => ({ kind: 'retry', reason: 'send failed' }));
    if (result.kind === 'stored') {
      await removeOutboxItem(dir, id);
      run.delivered += 1;
      log(`[outbox] enquiry delivered ${id}${result.duplicate ? ' (it had arrived before)' : ''}`);
    } else if (result.kind === 'retry') {
      const attempts = item.attempts + 1;
      const delay = retryDelayMs(attempts, baseDelayMs, maxDelayMs);
      await saveOutboxItem(dir, { ...item, attempts, lastError: result.reason, nextAttemptAt: new Date(now() + delay).toISOString() });
      run.retrying += 1;
      log(`[outbox] enquiry ${id} not delivered (${result.reason}), attempt ${attempts}; next in ${Math.round(delay / 1000)} s`);
    } else {
      await moveOutboxItemToFailed(dir, id);
      run.failed += 1;
      logError(`[outbox] enquiry ${id} refused by the CMS (${result.reason}); moved to failed/`);
    }
  }

  async function run(): Promise<OutboxRun> {
    const result: OutboxRun = { delivered: 0, retrying: 0, failed: 0, waiting: 0 };
    for (const { submissionId, item } of await listOutboxItems(dir)) {
      if (!item) {
        await moveOutboxItemToFailed(dir, submissionId);
        result.failed += 1;
        logError(`[outbox] unreadable file for ${submissionId}; moved to failed/`);
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

  return {
    async enqueue(payload, reason) {
      await saveOutboxItem(dir, newItem(payload, reason));
      schedule();
    },
    async park(payload, reason) {
      await saveFailedOutboxItem(dir, { ...newItem(payload, reason), nextAttemptAt: new Date(now()).toISOString() });
      logError(`[outbox] enquiry ${payload.submissionId} refused by the CMS (${reason}); kept in failed/`);
    },
    deliverDue,
    start() {
      if (started) return;
      started = true;
      // At start-up: whatever a previous run of the server left waiting goes out now.
      removeOutboxLeftovers(dir)
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
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}
