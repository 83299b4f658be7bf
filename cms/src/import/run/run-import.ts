/**
 * Writes an import plan through Strapi's Document Service: topics, media, articles, redirects.
 * Safe to run again: an article is found by the private `importSource` it was given, so a
 * second run updates what changed and creates nothing twice; an interrupted run is resumed by
 * running it again.
 */
import type { Core } from '@strapi/strapi';

import type { ImportPlan, PlannedArticle } from '../plan-types';
import type { ImageSourceOptions } from './image-source';
import { IMPORT_NOTE, importRedirects } from './import-redirects';
import { importTopics } from './import-topics';
import { ImageResolver } from './resolve-images';
import { emptyResult, type ArticleOutcome, type RunResult } from './run-result';

export interface RunOptions extends ImageSourceOptions {
  onProgress?: (done: number, total: number, current: string) => void;
}

const ARTICLE = 'api::article.article';

// Strapi's generated input type wants `rel`/`target` on every link (the editor's optional extras)
// and `readingMinutes`, which the cms computes itself on save: the data is the shared-types Blocks.
type CreateData = Parameters<ReturnType<typeof articleDocs>['create']>[0]['data'];
type UpdateData = Parameters<ReturnType<typeof articleDocs>['update']>[0]['data'];
const articleDocs = (strapi: Core.Strapi) => strapi.documents(ARTICLE);

interface ExistingArticle {
  documentId: string;
  title: string;
  slug: string;
  excerpt: string;
  body: unknown;
  cover?: { id: number } | null;
  topics?: Array<{ documentId: string }>;
}

/**
 * Body JSON for comparison; image nodes by file, since publishing refreshes their alt text from the
 * library. Keys are sorted: PostgreSQL's jsonb gives objects back with their keys in its own order.
 */
function comparableBody(body: unknown): string {
  return JSON.stringify(body, (key, value: unknown) => {
    if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'image') {
      const image = (value as { image?: { hash?: unknown; caption?: unknown } }).image;
      return { type: 'image', hash: image?.hash, caption: image?.caption };
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return value;
  });
}

function sameContent(existing: ExistingArticle, data: Record<string, unknown>, topicIds: string[], coverId: number | null): boolean {
  return (
    existing.title === data.title
    && existing.slug === data.slug
    && existing.excerpt === data.excerpt
    && comparableBody(existing.body) === comparableBody(data.body)
    && (existing.cover?.id ?? null) === coverId
    && JSON.stringify((existing.topics ?? []).map((t) => t.documentId).sort()) === JSON.stringify([...topicIds].sort())
  );
}

async function freeSlug(strapi: Core.Strapi, article: PlannedArticle): Promise<string> {
  let slug = article.slug;
  for (let n = 2; ; n += 1) {
    const holder = await strapi.db.query(ARTICLE).findOne({ where: { slug }, select: ['importSource'] });
    if (!holder || holder.importSource === article.sourceKey) return slug;
    slug = `${article.slug.slice(0, 115)}-${n}`;
  }
}

async function importArticle(
  strapi: Core.Strapi,
  plan: ImportPlan,
  article: PlannedArticle,
  topicIds: Map<string, string>,
  images: ImageResolver,
  result: RunResult,
): Promise<ArticleOutcome> {
  const docs = articleDocs(strapi);
  const existing = (await docs.findFirst({
    filters: { importSource: article.sourceKey },
    status: 'draft',
    populate: { cover: { fields: ['id'] }, topics: { fields: ['documentId'] } },
  })) as unknown as ExistingArticle | null;
  const slug = existing?.slug ?? (await freeSlug(strapi, article));
  const cover = article.cover ? await images.file(article.cover, article.sourceLabel) : null;
  const coverId = cover && (article.cover?.alt || article.cover?.caption) ? cover.id : null;
  if (cover && coverId === null) {
    result.imagesWithoutAlt.push({ article: article.sourceLabel, src: article.cover?.src ?? '', why: `not used as the cover; it is in the Media Library as "${cover.name}": add alternative text and choose it as the cover` });
  }
  const topics = [...new Set(article.topicKeys.map((key) => topicIds.get(key)).filter((id): id is string => id !== undefined))];
  const data = {
    title: article.title,
    slug,
    excerpt: article.excerpt,
    body: await images.body(article.body, article.sourceLabel),
    cover: coverId,
    topics,
    importSource: article.sourceKey,
  };
  const publish = article.status === 'published';
  let documentId: string;
  let outcome: ArticleOutcome['result'];
  if (existing) {
    documentId = existing.documentId;
    const isPublished = (await docs.count({ filters: { documentId }, status: 'published' })) > 0;
    const unchanged = sameContent(existing, data, topics, coverId) && isPublished === publish;
    if (unchanged) return { sourceLabel: article.sourceLabel, slug, result: 'unchanged' };
    await docs.update({ documentId, data: data as unknown as UpdateData });
    outcome = 'updated';
  } else {
    documentId = (await docs.create({ data: data as unknown as CreateData })).documentId;
    outcome = 'created';
  }
  if (publish) {
    await docs.publish({ documentId });
    if (article.date) {
      // Keep the old site's publication date: readers and the article list order by it.
      await strapi.db.query(ARTICLE).updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { publishedAt: new Date(article.date) } });
    }
    await importRedirects(strapi, article.redirectsFrom, `/articles/${slug}`, IMPORT_NOTE[plan.source], result);
  }
  return { sourceLabel: article.sourceLabel, slug, result: outcome };
}

export async function runImport(strapi: Core.Strapi, plan: ImportPlan, options: RunOptions = {}): Promise<RunResult> {
  const result = emptyResult();
  const topicIds = await importTopics(strapi, plan.topics, result);
  const images = new ImageResolver(strapi, options, result);
  for (const [index, article] of plan.articles.entries()) {
    options.onProgress?.(index, plan.articles.length, article.title);
    try {
      result.articles.push(await importArticle(strapi, plan, article, topicIds, images, result));
    } catch (error) {
      // One article the cms refuses must not stop the others; the report says which and why.
      const message = error instanceof Error ? error.message : String(error);
      result.articles.push({ sourceLabel: article.sourceLabel, slug: article.slug, result: 'failed', message });
    }
  }
  options.onProgress?.(plan.articles.length, plan.articles.length, '');
  result.finished = true;
  return result;
}
