import type { H3Event } from 'h3';
import { queryCollection } from '@nuxt/content/server';
import type { SitemapUrl } from './sitemap-xml';

/**
 * What the sitemaps list. Articles and topics come from published-only CMS data, so drafts can
 * never appear; articles are read 1,000 per child sitemap (getSitemapChunk), never all at once.
 */
const STATIC_PAGES = ['/', '/articles', '/topics', '/about', '/consultation', '/urgent-help'];
const LEGAL_PAGES = ['privacy', 'accessibility'];

export function siteOrigin(event: H3Event): string {
  return useRuntimeConfig(event).public.siteUrl.replace(/\/$/, '');
}

/**
 * Strapi 5 sets publishedAt again on every publish, so it is the last published change; a later
 * "last reviewed" date (the therapist re-checked the article) also counts as a change.
 */
function lastChanged(article: { publishedAt: string; lastReviewed: string | null }): string {
  return article.lastReviewed && article.lastReviewed > article.publishedAt ? article.lastReviewed : article.publishedAt;
}

export async function pageUrls(event: H3Event): Promise<SitemapUrl[]> {
  const [topics, legal, newest] = await Promise.all([
    getTopics(),
    queryCollection(event, 'legal').select('path', 'updated').all(),
    getSitemapChunk(0),
  ]);
  const latest = newest.entries[0] ? lastChanged(newest.entries[0]) : null;
  return [
    ...STATIC_PAGES.map((loc) => ({ loc, lastmod: loc === '/' || loc === '/articles' ? latest : null })),
    ...LEGAL_PAGES.map((name) => ({ loc: `/${name}`, lastmod: legal.find((page) => page.path === `/legal/${name}`)?.updated ?? null })),
    ...topics.map((topic) => ({ loc: slugPagePath('topic', topic.slug) })),
  ];
}

export async function articleUrls(chunk: number): Promise<{ urls: SitemapUrl[]; total: number }> {
  const { entries, total } = await getSitemapChunk(chunk);
  return { urls: entries.map((article) => ({ loc: slugPagePath('article', article.slug), lastmod: lastChanged(article) })), total };
}
