import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ensureIndex, syncArticle } from './indexer';

/** The document actions that change what readers can find. */
const CHANGES = new Set(['publish', 'unpublish', 'delete']);

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * Keeps the article search index current: every publish, unpublish and delete of an article
 * updates that one entry in the same transaction, and the index is checked (and built if need
 * be) at boot, right after Strapi has synchronised the database schema.
 */
export function registerArticleSearch(strapi: Core.Strapi): void {
  const middleware: DocumentMiddleware = async (context, next) => {
    const documentId = (context.params as { documentId?: unknown }).documentId;
    if (context.uid !== ARTICLE_UID || !CHANGES.has(context.action) || typeof documentId !== 'string') return next();
    return strapi.db.transaction(async ({ trx }) => {
      const result = await next();
      await syncArticle(strapi, trx, documentId);
      return result;
    });
  };
  strapi.documents.use(middleware);
  strapi.hook('strapi::content-types.afterSync').register(() => ensureIndex(strapi));
}
