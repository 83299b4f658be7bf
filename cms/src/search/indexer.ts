import type { Core } from '@strapi/strapi';
import { articleText } from './article-text';
import type { IndexEntry } from './search-store';
import { storeFor } from './store-for';

type Knex = Core.Strapi['db']['connection'];

export const ARTICLE_UID = 'api::article.article';
const REBUILD_BATCH = 100;

interface PublishedArticle {
  documentId: string;
  title: string;
  excerpt: string | null;
  body: unknown;
}

const PUBLISHED = { publishedAt: { $notNull: true } };
const FIELDS = ['documentId', 'title', 'excerpt', 'body'];

function toEntry(article: PublishedArticle): IndexEntry {
  return { documentId: article.documentId, title: article.title, ...articleText(article.excerpt ?? '', article.body) };
}

/**
 * Brings one article's index entry in line with its published version: written when published,
 * removed when unpublished or deleted. Runs on `db`, the transaction of the change itself, so
 * the index never disagrees with what readers can open.
 */
export async function syncArticle(strapi: Core.Strapi, db: Knex, documentId: string): Promise<void> {
  const article = (await strapi.db.query(ARTICLE_UID).findOne({
    where: { documentId, ...PUBLISHED },
    select: FIELDS,
  })) as PublishedArticle | null;
  const store = storeFor(strapi, db);
  if (article) await store.upsert(toEntry(article));
  else await store.remove(documentId);
}

/**
 * At boot: creates the index when missing and rebuilds it when it does not hold one entry per
 * published article (a restored backup, a change made while search was not installed). A normal
 * restart finds it complete and costs two counts.
 */
export async function ensureIndex(strapi: Core.Strapi): Promise<void> {
  const store = storeFor(strapi);
  const created = await store.ensureSchema();
  const published = await strapi.db.query(ARTICLE_UID).count({ where: PUBLISHED });
  const indexed = await store.count();
  if (!created && indexed === published) return;

  const started = Date.now();
  await strapi.db.transaction(async ({ trx }) => {
    const inTransaction = storeFor(strapi, trx);
    await inTransaction.clear();
    for (let offset = 0; offset < published; offset += REBUILD_BATCH) {
      const batch = (await strapi.db.query(ARTICLE_UID).findMany({
        where: PUBLISHED,
        select: FIELDS,
        orderBy: { id: 'asc' },
        offset,
        limit: REBUILD_BATCH,
      })) as PublishedArticle[];
      for (const article of batch) await inTransaction.upsert(toEntry(article));
    }
  });
  strapi.log.info(`[tend] Article search index rebuilt: ${published} published articles in ${Date.now() - started} ms.`);
}
