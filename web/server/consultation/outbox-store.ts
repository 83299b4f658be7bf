import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EnquiryPayload } from './enquiry-cms';

/**
 * The outbox on disk: one JSON file per consultation request the CMS has not taken yet,
 * `<dir>/<submissionId>.json`, readable by this server's user only (0600 in a 0700 folder), written
 * atomically (temporary file, fsync, rename), so a crash leaves either the old file or the new one,
 * and a failed write removes its temporary file at once. Every request stays here until the CMS
 * stores it or the retention period ends (outbox-retention.ts); a file that cannot be read goes to
 * `<dir>/damaged/` for a person to look at.
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
  /** The CMS answered and refused it (wrong token, 404, 400…): a person must fix something. */
  refused?: boolean;
  payload: EnquiryPayload;
}

export interface StoredOutboxItem {
  submissionId: string;
  /** null when the file cannot be read as an outbox item. */
  item: OutboxItem | null;
}

const ID = /^[A-Za-z0-9_-]{16,64}$/;
const ITEM_FILE = /^([A-Za-z0-9_-]{16,64})\.json$/;

export const outboxDamagedDir = (dir: string): string => join(dir, 'damaged');
/** Where earlier versions parked refused requests without retrying them; emptied at start-up. */
export const legacyFailedDir = (dir: string): string => join(dir, 'failed');
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

/** Lists a folder; a folder that does not exist (yet) is empty. */
export async function namesIn(dir: string): Promise<string[]> {
  return readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
}

async function writeAtomically(dir: string, item: OutboxItem): Promise<void> {
  assertId(item.submissionId);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temporary = join(dir, `.${item.submissionId}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(item), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, itemPath(dir, item.submissionId));
  } catch (error) {
    // A half-written copy of personal data must not stay behind (disk full, folder gone…).
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDir(dir);
}

/** Adds or replaces the item (the retry bookkeeping is rewritten the same way). */
export const saveOutboxItem = (dir: string, item: OutboxItem): Promise<void> => writeAtomically(dir, item);

function parseItem(text: string, submissionId: string): OutboxItem | null {
  try {
    const item = JSON.parse(text) as Partial<OutboxItem> | null;
    const valid
      = item?.version === 1
        && item.submissionId === submissionId
        && typeof item.createdAt === 'string'
        && typeof item.attempts === 'number'
        && typeof item.nextAttemptAt === 'string'
        && typeof item.payload === 'object'
        && item.payload?.submissionId === submissionId;
    return valid ? (item as OutboxItem) : null;
  } catch {
    return null;
  }
}

/** Every waiting item (not damaged/, not half-written temporary files), in file-name order. */
export async function listOutboxItems(dir: string): Promise<StoredOutboxItem[]> {
  const items: StoredOutboxItem[] = [];
  for (const name of (await namesIn(dir)).sort()) {
    const submissionId = ITEM_FILE.exec(name)?.[1];
    if (!submissionId) continue;
    const text = await readFile(join(dir, name), 'utf8').catch(() => null);
    if (text === null) continue; // removed meanwhile
    items.push({ submissionId, item: parseItem(text, submissionId) });
  }
  return items;
}

/** Item files in a side folder (damaged/ or the legacy failed/). */
export async function itemFilesIn(dir: string): Promise<string[]> {
  return (await namesIn(dir)).filter((name) => ITEM_FILE.test(name));
}

export async function removeOutboxItem(dir: string, submissionId: string): Promise<void> {
  assertId(submissionId);
  await rm(itemPath(dir, submissionId), { force: true });
  await syncDir(dir);
}

export async function moveOutboxItemToDamaged(dir: string, submissionId: string): Promise<void> {
  assertId(submissionId);
  await mkdir(outboxDamagedDir(dir), { recursive: true, mode: 0o700 });
  await rename(itemPath(dir, submissionId), itemPath(outboxDamagedDir(dir), submissionId));
  await syncDir(dir);
}

/**
 * Requests an earlier version parked in failed/ without retrying: back into the outbox, due
 * now, so that they are delivered once what the CMS refused has been fixed.
 */
export async function restoreLegacyFailed(dir: string): Promise<number> {
  const names = await itemFilesIn(legacyFailedDir(dir));
  for (const name of names) await rename(join(legacyFailedDir(dir), name), join(dir, name));
  if (names.length > 0) await syncDir(dir);
  await rm(legacyFailedDir(dir), { recursive: true, force: true });
  return names.length;
}

/**
 * Temporary files left by a crash mid-write. Only this process writes this folder, and this runs
 * before it writes anything, so every temporary file found is a leftover: the reader was not told
 * "saved" for it, or an older complete version of the file exists.
 */
export async function removeOutboxLeftovers(dir: string): Promise<number> {
  const leftovers = (await namesIn(dir)).filter((entry) => entry.endsWith('.tmp'));
  for (const name of leftovers) await rm(join(dir, name), { force: true });
  return leftovers.length;
}

/** When a file was last written (null when it is gone). */
export async function modifiedAt(path: string): Promise<number | null> {
  const info = await stat(path).catch(() => null);
  return info ? info.mtimeMs : null;
}
