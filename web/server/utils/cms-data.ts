import { isDeepStrictEqual } from 'node:util';
import type { ArticleSummary, ArticleView, Paginated, RedirectRule, SiteChrome, TopicView, TopicWithCount } from '#shared/types/view-models';
import { relatedArticles, toArticleSummary, toArticleView } from './mappers/article';
import { toSiteChrome } from './mappers/chrome';
import type { ContentMode } from './cms-fetch';
import { CACHE_TAGS } from './cache-tag-names';

/**
 * The web's view of the CMS: mapped data for pages, in small cached entries (cms-cache.ts), each
 * tagged with what it was built from so that a publish makes exactly the affected entries stale.
 * No read depends on the size of the archive: one article, one page of a list, the topics.
 */

const one = () => 'one';

export async function loadSiteChrome(mode: ContentMode = 'published'): Promise<SiteChrome> {
  const { site, practice, crisis } = await fetchChromeSources(mode);
  return toSiteChrome(site, practice, crisis);
}

export const getSiteChrome = defineCmsCached('site-chrome', one, async () => ({
  value: await loadSiteChrome(),
  tags: [CACHE_TAGS.chrome],
}));

export async function loadTopics(mode: ContentMode = 'published'): Promise<TopicView[]> {
  return (await fetchTopics(mode)).map((topic) => ({ name: topic.name, slug: topic.slug, description: topic.description }));
}

export const getTopics = defineCmsCached('topics', one, async () => ({ value: await loadTopics(), tags: [CACHE_TAGS.topics] }));

/**
 * Every topic with its number of published articles: one count query per topic (each scans the
 * archive in the cms: ~0.1 s at 10,000 articles), so after a publish the old counts are shown
 * while new ones are counted in the background; then pages that show counts are purged.
 */
export const getTopicsWithCounts = defineCmsCached(
  'topic-counts',
  one,
  async () => {
    const topics = await loadTopics();
    const counts = await mapInBatches(topics, 4, (topic) => countTopicArticles(topic.slug));
    const value: TopicWithCount[] = topics.map((topic, index) => ({ ...topic, articleCount: counts[index] ?? 0 }));
    return { value, tags: [CACHE_TAGS.topics, CACHE_TAGS.allLists] };
  },
  // Pages showing counts are purged only when a count moved (an edit to a published article,
  // the commonest publish, changes none): pages the webhook has just rendered stay stored.
  { refreshInBackground: { afterRefresh: async (before, after) => (isDeepStrictEqual(before, after) ? [] : bumpTags([CACHE_TAGS.topicCounts])) } },
);

export async function loadArticleView(slug: string, mode: ContentMode = 'published'): Promise<Omit<ArticleView, 'related'> | null> {
  const article = await fetchArticleBySlug(slug, mode);
  return article ? toArticleView(article) : null;
}

/** An article's own entry depends on its content and on the names of its topics. */
export const articleViewTags = (slug: string) => [CACHE_TAGS.article(slug), CACHE_TAGS.topics];

/** null once an article is unpublished or deleted (and nothing is stored): its page answers 404. */
export const getArticleView = defineCmsCached('article', (slug: string) => slug, async (slug: string) => ({
  value: await loadArticleView(slug),
  tags: articleViewTags(slug),
}));

/** One page of a list of cards, newest first: all articles, or one topic's. */
export const getArticleList = defineCmsCached(
  'article-list',
  (topic: string | null, page: number, pageSize: number) => `${topic ?? '_all'}:${pageSize}:${page}`,
  async (topic: string | null, page: number, pageSize: number) => {
    const response = await fetchArticleCards({ page, pageSize, topic });
    const { pageCount, total } = response.meta.pagination;
    const value: Paginated<ArticleSummary> = { items: response.data.map(toArticleSummary), page, pageCount: Math.max(1, pageCount), total };
    return { value, tags: [CACHE_TAGS.allLists, CACHE_TAGS.topics] };
  },
);

const RELATED_COUNT = 3;

/**
 * Articles sharing the most topics with this one, topped up with the newest. Tagged with its
 * topics (a publish there may change the choice) and the articles shown (their cards may change).
 */
export const getRelatedArticles = defineCmsCached(
  'related',
  (slug: string, topics: string[]) => `${slug}:${[...topics].sort().join(',')}`,
  async (slug: string, topics: string[]) => {
    const count = RELATED_COUNT;
    const sharing = topics.length > 0 ? (await fetchArticleCards({ page: 1, pageSize: 12, anyTopic: topics, excludeSlug: slug })).data.map(toArticleSummary) : [];
    const toppedUp = sharing.length < count;
    const newest = toppedUp ? (await getArticleList(null, 1, count + 1)).items : [];
    const value = relatedArticles(slug, topics.map((topic) => ({ slug: topic, name: '' })), [...sharing, ...newest], count);
    const tags = [...topics.map(CACHE_TAGS.related), ...value.map((article) => CACHE_TAGS.article(article.slug))];
    return { value, tags: toppedUp ? [...tags, CACHE_TAGS.allLists] : tags };
  },
);

/** The whole redirect table, as the cms stores it: addresses already normalised, chains collapsed. */
export async function loadRedirectRules(): Promise<RedirectRule[]> {
  return (await fetchAllRedirects()).map((row) => ({ from: row.from, to: row.to, kind: row.kind }));
}

export const redirectRulesTags = [CACHE_TAGS.redirects];

export const getRedirectRules = defineCmsCached('redirects', one, async () => ({ value: await loadRedirectRules(), tags: redirectRulesTags }));

/** Articles per child sitemap: a multiple of the CMS's page size (runtimeConfig.sitemapArticlesPerFile). */
export function sitemapChunkSize(): number {
  const configured = Number(useRuntimeConfig().sitemapArticlesPerFile);
  return Math.max(1, Math.round(configured / CMS_MAX_PAGE_SIZE)) * CMS_MAX_PAGE_SIZE;
}

/** Article addresses for one child sitemap, read 100 at a time. */
export const getSitemapChunk = defineCmsCached('sitemap', (chunk: number) => `${sitemapChunkSize()}:${chunk}`, async (chunk: number) => {
  const perChunk = sitemapChunkSize() / CMS_MAX_PAGE_SIZE;
  const first = await fetchArticleAddresses(chunk * perChunk + 1);
  const lastPage = Math.min(first.meta.pagination.pageCount, (chunk + 1) * perChunk);
  const rest = await mapInBatches(range(chunk * perChunk + 2, lastPage), 4, fetchArticleAddresses);
  const value = [first, ...rest].flatMap((response) =>
    response.data.map((article) => ({ slug: article.slug, publishedAt: article.publishedAt ?? '', lastReviewed: article.lastReviewed })));
  return { value: { entries: value, total: first.meta.pagination.total }, tags: [CACHE_TAGS.allLists] };
});

function range(from: number, to: number): number[] {
  return from > to ? [] : Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/** A few CMS requests at a time: fast, without flooding the CMS. */
async function mapInBatches<T, R>(items: T[], size: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(map))));
  }
  return results;
}
