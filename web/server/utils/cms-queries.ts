import type { ContentMode } from './cms-fetch';
import {
  ArticleSchema,
  collectionResponse,
  CrisisSupportSchema,
  PracticeSchema,
  singleResponse,
  SiteSchema,
  TopicSchema,
} from '@tend/shared-types';
import type { Article, CrisisSupport, Practice, Site, Topic } from '@tend/shared-types';

/** Raw reads from Strapi, each checked against the shared contract. Populate is the CMS's call. */

const ArticleList = collectionResponse(ArticleSchema);
const TopicList = collectionResponse(TopicSchema);
const PAGE_SIZE = 100;

async function readAllPages<T>(fetchPage: (page: number) => Promise<{ data: T[]; meta: { pagination: { pageCount: number } } }>): Promise<T[]> {
  const first = await fetchPage(1);
  const items = [...first.data];
  for (let page = 2; page <= first.meta.pagination.pageCount; page += 1) {
    items.push(...(await fetchPage(page)).data);
  }
  return items;
}

export function fetchPublishedArticles(): Promise<Article[]> {
  return readAllPages((page) =>
    cmsGet('/api/articles', { sort: ['publishedAt:desc'], pagination: { page, pageSize: PAGE_SIZE } }, ArticleList),
  );
}

export async function fetchArticleBySlug(slug: string, mode: ContentMode = 'published'): Promise<Article | null> {
  const query = { filters: { slug: { $eq: slug } }, pagination: { pageSize: 1 } };
  const response = await cmsGet('/api/articles', query, ArticleList, mode);
  return response.data[0] ?? null;
}

export function fetchTopics(mode: ContentMode = 'published'): Promise<Topic[]> {
  return readAllPages((page) =>
    cmsGet('/api/topics', { sort: ['name:asc'], pagination: { page, pageSize: PAGE_SIZE } }, TopicList, mode),
  );
}

export async function fetchChromeSources(mode: ContentMode = 'published'): Promise<{ site: Site; practice: Practice; crisis: CrisisSupport }> {
  const [site, practice, crisis] = await Promise.all([
    cmsGet('/api/site', {}, singleResponse(SiteSchema), mode),
    cmsGet('/api/practice', {}, singleResponse(PracticeSchema), mode),
    cmsGet('/api/crisis-support', {}, singleResponse(CrisisSupportSchema), mode),
  ]);
  return { site: site.data, practice: practice.data, crisis: crisis.data };
}
