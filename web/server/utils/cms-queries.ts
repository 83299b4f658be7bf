import type { ContentMode } from './cms-fetch';
import {
  ArticleSchema,
  collectionResponse,
  CrisisSupportSchema,
  PracticeSchema,
  RedirectSchema,
  singleResponse,
  SiteSchema,
  TopicSchema,
} from '@tend/shared-types';
import type { Article, CrisisSupport, Practice, Redirect, Site, Topic } from '@tend/shared-types';
import type { z } from 'zod';

/**
 * Raw reads from Strapi, each checked against the shared contract. Populate is the CMS's call;
 * which fields and which page is ours: every read is one small page, never the whole archive.
 */

/**
 * Newest first; documentId breaks ties so pages never repeat or skip articles published together.
 * `id` last matches the cms's (published_at, document_id, id) index: without it Strapi appends
 * `id asc` and the database sorts every skipped row (page 1,000: 326 ms instead of 1.5 ms).
 */
export const ARTICLE_ORDER = ['publishedAt:desc', 'documentId:desc', 'id:desc'];

/** A list card: everything but the body, which lists never show. */
const CARD_FIELDS = ['slug', 'title', 'excerpt', 'publishedAt', 'createdAt', 'lastReviewed', 'readingMinutes', 'featured'] as const;
export const ArticleCardSchema = ArticleSchema.pick({
  id: true,
  documentId: true,
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  createdAt: true,
  lastReviewed: true,
  readingMinutes: true,
  featured: true,
  cover: true,
  topics: true,
  seo: true,
});
export type ArticleCard = z.infer<typeof ArticleCardSchema>;

const ArticleList = collectionResponse(ArticleSchema);
const ArticleCardList = collectionResponse(ArticleCardSchema);
const TopicList = collectionResponse(TopicSchema);
const SitemapEntryList = collectionResponse(ArticleSchema.pick({ id: true, documentId: true, slug: true, publishedAt: true, lastReviewed: true, topics: true, cover: true, seo: true }));
/** Rows per CMS read for long lists (the cms's REST maxLimit, cms/config/api.ts, is 200). */
export const CMS_MAX_PAGE_SIZE = 100;

export interface ArticlePageQuery {
  page: number;
  pageSize: number;
  /** Only articles about this topic. */
  topic?: string | null;
  /** Leave this article out (related articles). */
  excludeSlug?: string;
  /** Articles about any of these topics (related articles). */
  anyTopic?: string[];
}

function articleFilters(query: ArticlePageQuery): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (query.topic) filters.topics = { slug: { $eq: query.topic } };
  if (query.anyTopic?.length) filters.topics = { slug: { $in: query.anyTopic } };
  if (query.excludeSlug) filters.slug = { $ne: query.excludeSlug };
  return filters;
}

export function fetchArticleCards(query: ArticlePageQuery) {
  return cmsGet(
    '/api/articles',
    {
      filters: articleFilters(query),
      fields: CARD_FIELDS,
      sort: ARTICLE_ORDER,
      pagination: { page: query.page, pageSize: query.pageSize },
    },
    ArticleCardList,
  );
}

/** One page of addresses and dates for the sitemap (no text at all). */
export function fetchArticleAddresses(page: number) {
  return cmsGet(
    '/api/articles',
    { fields: ['slug', 'publishedAt', 'lastReviewed'], sort: ARTICLE_ORDER, pagination: { page, pageSize: CMS_MAX_PAGE_SIZE } },
    SitemapEntryList,
  );
}

export async function fetchArticleBySlug(slug: string, mode: ContentMode = 'published'): Promise<Article | null> {
  const query = { filters: { slug: { $eq: slug } }, pagination: { pageSize: 1 } };
  const response = await cmsGet('/api/articles', query, ArticleList, mode);
  return response.data[0] ?? null;
}

/** How many published articles are about a topic (one count query, no rows). */
export async function countTopicArticles(topic: string): Promise<number> {
  const response = await fetchArticleCards({ page: 1, pageSize: 1, topic });
  return response.meta.pagination.total;
}

export async function fetchTopics(mode: ContentMode = 'published'): Promise<Topic[]> {
  // A practice has tens of topics, not thousands: one page of the CMS's largest size holds them.
  const query = { sort: ['name:asc', 'documentId:asc'], pagination: { page: 1, pageSize: CMS_MAX_PAGE_SIZE } };
  return (await cmsGet('/api/topics', query, TopicList, mode)).data;
}

export async function fetchChromeSources(mode: ContentMode = 'published'): Promise<{ site: Site; practice: Practice; crisis: CrisisSupport }> {
  const [site, practice, crisis] = await Promise.all([
    cmsGet('/api/site', {}, singleResponse(SiteSchema), mode),
    cmsGet('/api/practice', {}, singleResponse(PracticeSchema), mode),
    cmsGet('/api/crisis-support', {}, singleResponse(CrisisSupportSchema), mode),
  ]);
  return { site: site.data, practice: practice.data, crisis: crisis.data };
}

const RedirectList = collectionResponse(RedirectSchema);

/**
 * Every redirect, 100 at a time (an imported WordPress site may bring thousands): the web keeps
 * the whole table in its cache so that a visit to an old address costs no CMS request.
 */
export async function fetchAllRedirects(): Promise<Redirect[]> {
  const page = (number: number) =>
    cmsGet('/api/redirects', { sort: ['id:asc'], pagination: { page: number, pageSize: CMS_MAX_PAGE_SIZE } }, RedirectList);
  const first = await page(1);
  const rows = [...first.data];
  for (let number = 2; number <= first.meta.pagination.pageCount; number += 1) rows.push(...(await page(number)).data);
  return rows;
}
