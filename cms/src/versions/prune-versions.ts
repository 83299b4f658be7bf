import type { Core } from '@strapi/strapi';
import { VERSION } from './versioned-types';

/** Keep the last 50 versions of a document or a year of them, whichever is more. */
export const KEEP_VERSIONS = 50;
export const KEEP_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

interface OldVersion {
  id: number;
  targetDocumentId: string;
  model: string;
}

/**
 * Deletes versions older than a year, except a document's 50 newest: a page edited once in two
 * years still has its history, and a page edited daily keeps a full year.
 */
export async function pruneVersions(strapi: Core.Strapi, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - KEEP_DAYS * DAY_MS);
  const versions = strapi.db.query(VERSION);
  const old = (await versions.findMany({
    where: { createdAt: { $lt: cutoff } },
    select: ['id', 'targetDocumentId', 'model'],
  })) as OldVersion[];
  const documents = new Map<string, OldVersion>();
  for (const version of old) documents.set(`${version.model}\u0000${version.targetDocumentId}`, version);

  let deleted = 0;
  for (const { model, targetDocumentId } of documents.values()) {
    const newest = (await versions.findMany({
      where: { model, targetDocumentId },
      select: ['id'],
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      limit: KEEP_VERSIONS,
    })) as Array<{ id: number }>;
    const { count } = await versions.deleteMany({
      where: { model, targetDocumentId, createdAt: { $lt: cutoff }, id: { $notIn: newest.map(({ id }) => id) } },
    });
    deleted += count;
  }
  return deleted;
}
