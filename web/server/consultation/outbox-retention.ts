import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { itemFilesIn, legacyFailedDir, listOutboxItems, modifiedAt, namesIn, outboxDamagedDir, removeOutboxItem } from './outbox-store';

/**
 * The outbox holds personal data, so it follows the same retention period as the requests in the
 * CMS (TEND_ENQUIRY_RETENTION_DAYS there, NUXT_PUBLIC_ENQUIRY_RETENTION_DAYS here): every copy
 * older than that is deleted, waiting, damaged or half-written. A waiting request that old has
 * been reported to the therapist for weeks (outbox status), so deleting it loses nothing they
 * could still act on within the privacy notice's promise.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export async function deleteExpiredOutboxFiles(dir: string, retentionDays: number, now = Date.now()): Promise<number> {
  const cutoff = now - retentionDays * DAY_MS;
  let deleted = 0;
  for (const { submissionId, item } of await listOutboxItems(dir)) {
    const writtenAt = item ? Date.parse(item.createdAt) : await modifiedAt(join(dir, `${submissionId}.json`));
    if (writtenAt !== null && writtenAt < cutoff) {
      await removeOutboxItem(dir, submissionId);
      deleted += 1;
    }
  }
  const sideFiles = [
    ...(await itemFilesIn(outboxDamagedDir(dir))).map((name) => join(outboxDamagedDir(dir), name)),
    ...(await itemFilesIn(legacyFailedDir(dir))).map((name) => join(legacyFailedDir(dir), name)),
    ...(await namesIn(dir)).filter((name) => name.endsWith('.tmp')).map((name) => join(dir, name)),
  ];
  for (const path of sideFiles) {
    const writtenAt = await modifiedAt(path);
    if (writtenAt !== null && writtenAt < cutoff) {
      await rm(path, { force: true });
      deleted += 1;
    }
  }
  return deleted;
}
