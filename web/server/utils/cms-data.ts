import type { ArticleSummary, ArticleView, SiteChrome, TopicView } from '#shared/types/view-models';
import { blocksPlainText } from '#shared/utils/heading-ids';
import { toArticleSummary, toArticleView } from './mappers/article';
import { toSiteChrome } from './mappers/chrome';
import type { ContentMode } from './cms-fetch';

/** The web's view of the CMS: mapped data for pages, cached by cms-cache.ts. */

export interface SearchDocument {
  slug: string;
  title: string;
  excerpt: string;
  text: string;
  publishedAt: string;
}

const all = () => 'all';

export async function loadSiteChrome(mode: ContentMode = 'published'): Promise<SiteChrome> {
  const { site, practice, crisis } = await fetchChromeSources(mode);
  return toSiteChrome(site, practice, crisis);
}

export const getSiteChrome = defineCmsCached('site-chrome', all, () => loadSiteChrome());

/** Every published article as a list card, newest first: lists, pagination, related, feed. */
export const getAllArticleSummaries = defineCmsCached(
  'article-index',
  all,
  async (): Promise<ArticleSummary[]> => (await fetchPublishedArticles()).map(toArticleSummary),
);

export const getSearchDocuments = defineCmsCached(
  'search-docs',
  all,
  async (): Promise<SearchDocument[]> =>
    (await fetchPublishedArticles()).map((article) => ({
      slug: article.slug,
      title: article.title,
      excerpt: article.excerpt,
      text: blocksPlainText(article.body),
      publishedAt: article.publishedAt ?? article.createdAt,
    })),
);

/** null once an article is unpublished or deleted: its page then answers 404. */
export const getArticleView = defineCmsCached(
  'article',
  (slug: string) => slug,
  async (slug: string): Promise<Omit<ArticleView, 'related'> | null> => {
    const article = await fetchArticleBySlug(slug);
    return article ? toArticleView(article) : null;
  },
);

export async function loadTopics(mode: ContentMode = 'published'): Promise<TopicView[]> {
  return (await fetchTopics(mode)).map((topic) => ({ name: topic.name, slug: topic.slug, description: topic.description }));
}

export const getTopics = defineCmsCached('topics', all, () => loadTopics());

/** Every cached read, for the revalidation endpoint and the reconciliation task. */
export const cmsCaches = { getSiteChrome, getAllArticleSummaries, getSearchDocuments, getArticleView, getTopics };
