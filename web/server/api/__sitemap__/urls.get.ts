import type { ArticleSummary } from '#shared/types/view-models';
import { queryCollection } from '@nuxt/content/server';

/**
 * Every public address for @nuxtjs/sitemap (`sitemap.sources` in nuxt.config). Articles and
 * topics come from published-only CMS data, so drafts can never appear. If the CMS is down this
 * answers 503 and the sitemap module skips the source without caching the gap.
 */

const STATIC_PAGES = ['/', '/articles', '/topics', '/about', '/consultation', '/urgent-help'];
const LEGAL_PAGES = ['privacy', 'accessibility'];

export default defineSitemapEventHandler(async (event) => {
  try {
    const [articles, topics, legal] = await Promise.all([
      getAllArticleSummaries(),
      getTopics(),
      queryCollection(event, 'legal').select('path', 'updated').all(),
    ]);
    const newest = latest(articles);

    return [
      ...STATIC_PAGES.map((loc) => (newest && (loc === '/' || loc === '/articles') ? { loc, lastmod: newest } : { loc })),
      ...LEGAL_PAGES.map((name) => {
        const updated = legal.find((page) => page.path === `/legal/${name}`)?.updated;
        return updated ? { loc: `/${name}`, lastmod: updated } : { loc: `/${name}` };
      }),
      ...articles.map((article) => ({ loc: `/articles/${article.slug}`, lastmod: lastChanged(article) })),
      ...topics.map((topic) => {
        const lastmod = latest(articles.filter((article) => article.topics.some((t) => t.slug === topic.slug)));
        return lastmod ? { loc: `/topics/${topic.slug}`, lastmod } : { loc: `/topics/${topic.slug}` };
      }),
    ];
  } catch (error) {
    if (error instanceof CmsUnavailableError) {
      throw createError({ statusCode: 503, statusMessage: 'Content temporarily unavailable' });
    }
    throw error;
  }
});

/**
 * Strapi 5 sets publishedAt again on every publish, so it is the last published change; a later
 * "last reviewed" date (the therapist re-checked the article) also counts as a change.
 */
function lastChanged(article: ArticleSummary): string {
  return article.lastReviewed && article.lastReviewed > article.publishedAt ? article.lastReviewed : article.publishedAt;
}

function latest(articles: ArticleSummary[]): string | undefined {
  return articles.map(lastChanged).sort().at(-1);
}
