import type { ArticleSummary, ArticleView, SiteChrome, TopicView } from '#shared/types/view-models';
import { blocksPlainText } from '#shared/utils/heading-ids';
import { toArticleSummary, toArticleView } from './mappers/article';
import { toSiteChrome } from './mappers/chrome';

/**
 * The web's view of the CMS: cached, mapped data for pages. Errors propagate and are never
 * cached; a stale entry keeps being served while the CMS is unreachable.
 */

export interface SearchDocument {
  slug: string;
  title: string;
  excerpt: string;
  text: string;
  publishedAt: string;
}

export const getSiteChrome = defineCachedFunction(
  async (): Promise<SiteChrome> => {
    const { site, practice, crisis } = await fetchChromeSources();
    return toSiteChrome(site, practice, crisis);
  },
  { ...cmsCacheOptions(CacheName.chrome), getKey: () => 'all' },
);

/** Every published article as a list card, newest first: lists, pagination, related, feed. */
export const getAllArticleSummaries = defineCachedFunction(
  async (): Promise<ArticleSummary[]> => (await fetchPublishedArticles()).map(toArticleSummary),
  { ...cmsCacheOptions(CacheName.articleIndex), getKey: () => 'all' },
);

export const getSearchDocuments = defineCachedFunction(
  async (): Promise<SearchDocument[]> =>
    (await fetchPublishedArticles()).map((article) => ({
      slug: article.slug,
      title: article.title,
      excerpt: article.excerpt,
      text: blocksPlainText(article.body),
      publishedAt: article.publishedAt ?? article.createdAt,
    })),
  { ...cmsCacheOptions(CacheName.searchDocs), getKey: () => 'all' },
);

export const getArticleView = defineCachedFunction(
  async (slug: string): Promise<Omit<ArticleView, 'related'> | null> => {
    const article = await fetchArticleBySlug(slug);
    return article ? toArticleView(article) : null;
  },
  { ...cmsCacheOptions(CacheName.article), getKey: (slug: string) => slug },
);

export const getTopics = defineCachedFunction(
  async (): Promise<TopicView[]> =>
    (await fetchTopics()).map((topic) => ({ name: topic.name, slug: topic.slug, description: topic.description })),
  { ...cmsCacheOptions(CacheName.topics), getKey: () => 'all' },
);
