import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EnquiryPayload } from './enquiry-cms';

/**
 * The outbox on disk: one JSON file per consultation request the CMS could not take yet,
 * `<dir>/<submissionId>.json`, readable by this server's user only (0600 in a 0700 folder), written
 * atomically (temporary file, fsync, rename), so a crash leaves either the old file or the new one.
 * Requests the CMS refused for good go to `<dir>/failed/` for a person to look at.
 */
export interface OutboxItem {
  version: 1;
  submissionId: string;
  createdAt: string;
  /** Delivery attempts so far (the web request's own attempt counts as the first). */
  attempts: number;
  nextAttemptAt: string;
  /** Why the last attempt failed: a status or "CMS unreachable", never data from the request. */
  lastError: string | null;
  payload: EnquiryPayload;
}

export interface StoredOutboxItem {
  submissionId: string;
  /** null when the file cannot be read as an outbox item. */
  item: OutboxItem | null;
}

const ID = /^[A-Za-z0-9_-]{16,64}$/;
const ITEM_FILE = /^([A-Za-z0-9_-]{16,64})\.json$/;

export const outboxFailedDir = (dir: string): string => join(dir, 'failed');
const itemPath = (dir: string, submissionId: string): string => join(dir, `${submissionId}.json`);

function assertId(submissionId: string): void {
  if (!ID.test(submissionId)) throw new Error('outbox: invalid submission id');
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeAtomically(dir: string, item: OutboxItem): Promise<void> {
  assertId(item.submissionId);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temporary = join(dir, `.${item.submissionId}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(JSON.stringify(item), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, itemPath(dir, item.submissionId));
  await syncDir(dir);
}

/** Adds or replaces the item (the retry bookkeeping is rewritten the same way). */
export const saveOutboxItem = (dir: string, item: OutboxItem): Promise<void> => writeAtomically(dir, item);

/** Stores an item straight into failed/ (the CMS refused it on the first attempt). */
export const saveFailedOutboxItem = (dir: string, item: OutboxItem): Promise<void> => writeAtomically(outboxFailedDir(dir), item);

function parseItem(text: string, submissionId: string): OutboxItem | null {
  try {
    const item = JSON.parse(text) as Partial<OutboxItem> | null;
    const valid =
      item?.version === 1 &&
      item.submissionId === submissionId &&
      typeof item.attempts === 'number' &&
      typeof item.nextAttemptAt === 'string' &&
      typeof item.payload === 'object' &&
      item.payload?.submissionId === submissionId;
    return valid ? (item as OutboxItem) : null;
  } catch {
    return null;
  }
}

/** Every waiting item (not failed/, not half-written temporary files), in file-name order. */
export async function listOutboxItems(dir: string): Promise<StoredOutboxItem[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const items: StoredOutboxItem[] = [];
  for (const name of names.sort()) {
    const submissionId = ITEM_FILE.exec(name)?.[1];
    if (!submissionId) continue;
    const text = await readFile(join(dir, name), 'utf8').catch(() => null);
    if (text === null) continue; // removed meanwhile
    items.push({ submissionId, item: parseItem(text, submissionId) });
  }
  return items;
}

export async function removeOutboxItem(dir: string, submissionId: string): Promise<void> {
  assertId(submissionId);
  await rm(itemPath(dir, submissionId), { force: true });
  await syncDir(dir);
}

export async function moveOutboxItemToFailed(dir: string, submissionId: string): Promise<void> {
  assertId(submissionId);
  await mkdir(outboxFailedDir(dir), { recursive: true, mode: 0o700 });
  await rename(itemPath(dir, submissionId), itemPath(outboxFailedDir(dir), submissionId));
  await syncDir(dir);
}

/**
 * Temporary files left by a crash mid-write (older than a minute, so never one being written):
 * the reader was not told "sent" for them, or an older complete version of the file exists.
 */
export async function removeOutboxLeftovers(dir: string, now = Date.now()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((entry) => entry.endsWith('.tmp'))) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > 60_000) await rm(path, { force: true });
  }
}
