import type { Core } from '@strapi/strapi';
import { CONTENT_CHANGE } from '../change-feed/tracked-types';

/**
 * The newest row of the change feed: every publish, unpublish or delete that readers could see
 * writes one (change-feed/record-changes.ts), whichever cms instance made it, and ids only grow.
 * An answer stored under an older value is therefore never served again. One indexed read.
 */
export async function publishedGeneration(strapi: Core.Strapi): Promise<number> {
  const newest = (await strapi.db.query(CONTENT_CHANGE).findOne({ select: ['id'], orderBy: { id: 'desc' } })) as { id?: unknown } | null;
  return Number(newest?.id ?? 0);
}
