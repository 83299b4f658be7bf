import type { Core } from '@strapi/strapi';
import { CONTENT_CHANGE } from './tracked-types';

/** The website catches up within minutes; a month of history is plenty and keeps the table small. */
export const CHANGE_FEED_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function pruneContentChanges(strapi: Core.Strapi, now: Date = new Date(), days = CHANGE_FEED_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const { count } = await strapi.db.query(CONTENT_CHANGE).deleteMany({ where: { createdAt: { $lt: cutoff } } });
  return count;
}
