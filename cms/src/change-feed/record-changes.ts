import type { Core } from '@strapi/strapi';
import { CONTENT_CHANGE, LIVE_ON_SAVE_MODELS, SLUGGED_MODELS, TRACKED_MODELS, type ChangeAction, type ChangeModel } from './tracked-types';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

interface ActionResult {
  entries?: unknown[];
  documentId?: unknown;
}

/**
 * The change feed (`GET /api/content-changes`): after every successful publish, unpublish or
 * delete of what readers see, one row says what changed, so the website can catch up on
 * webhooks it missed by asking for the rows after the last id it handled.
 *
 * For types with draft & publish a plain update only touches a draft that readers do not see: it
 * is not recorded. Redirects have no drafts, so their creates and updates are recorded as
 * `update`. When a publish changed an article's address, a second row names the new slug. The row is written through the query engine, inside the same
 * transaction as the change when there is one, and fires no webhook or event of its own.
 */
const RECORDED: ReadonlySet<string> = new Set(['publish', 'unpublish', 'delete']);
const SAVES: ReadonlySet<string> = new Set(['create', 'update']);

async function publicSlug(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  // The published version's slug is the address readers know; a never-published draft has only its own.
  const rows = (await strapi.db.query(uid as 'api::article.article').findMany({
    where: { documentId },
    select: ['slug', 'publishedAt'],
    orderBy: { publishedAt: 'asc' },
  })) as Array<{ slug?: unknown; publishedAt?: unknown }>;
  const published = rows.find((row) => row.publishedAt !== null && row.publishedAt !== undefined);
  const slug = (published ?? rows[0])?.slug;
  return typeof slug === 'string' ? slug : null;
}

export async function recordChange(
  strapi: Core.Strapi,
  change: { model: ChangeModel; action: ChangeAction; targetDocumentId: string; slug: string | null },
): Promise<void> {
  // publishedAt: a type without draft & publish stores every row as published (Strapi 5), and
  // the feed is read with status=published like everything else.
  await strapi.db.query(CONTENT_CHANGE).create({ data: { ...change, publishedAt: new Date() } });
}

export function registerChangeFeed(strapi: Core.Strapi): void {
  const middleware: DocumentMiddleware = async (context, next) => {
    const model = TRACKED_MODELS[context.uid];
    if (!model) return next();
    if (LIVE_ON_SAVE_MODELS.has(model) && SAVES.has(context.action)) {
      const result = await next();
      const saved = result as ActionResult | null | undefined;
      if (typeof saved?.documentId === 'string') await recordChange(strapi, { model, action: 'update', targetDocumentId: saved.documentId, slug: null });
      return result;
    }
    const { documentId } = context.params as { documentId?: unknown };
    if (!RECORDED.has(context.action) || typeof documentId !== 'string') return next();

    // Read before the change: after a delete or unpublish the published slug is gone.
    const slug = SLUGGED_MODELS.has(model) ? await publicSlug(strapi, context.uid, documentId) : null;
    const result = await next();
    // Nothing happened (e.g. unpublishing what was not published): nothing to tell the website.
    const entries = (result as ActionResult | null | undefined)?.entries;
    if (!entries || entries.length === 0) return result;
    const action = context.action as ChangeAction;
    await recordChange(strapi, { model, action, targetDocumentId: documentId, slug });
    if (action === 'publish' && slug !== null) {
      // A publish under a new web address: the website must also learn the new one.
      const now = await publicSlug(strapi, context.uid, documentId);
      if (now !== null && now !== slug) await recordChange(strapi, { model, action, targetDocumentId: documentId, slug: now });
    }
    return result;
  };
  strapi.documents.use(middleware);
}
