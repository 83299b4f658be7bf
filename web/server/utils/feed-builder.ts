import { Feed } from 'feed';
import type { Category } from 'feed';
import type { ArticleSummary, SiteChrome } from '../../shared/types/view-models';

/**
 * RSS 2.0 and Atom feeds of published articles. Pure: the same input gives the same XML (no
 * clock, no I/O), so routes can cache it and unit tests can run it without Nuxt.
 */

export type FeedFormat = 'rss' | 'atom';

export interface FeedInput {
  chrome: Pick<SiteChrome, 'siteName' | 'tagline' | 'defaultSeo'> & {
    practice: Pick<SiteChrome['practice'], 'therapistName'>;
  };
  articles: readonly Pick<ArticleSummary, 'slug' | 'title' | 'excerpt' | 'publishedAt' | 'topics'>[];
  /** The public origin, e.g. https://example.org (a trailing slash is ignored). */
  siteUrl: string;
  /** Newest articles to include; readers only ever look at the top of a feed. */
  limit?: number;
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export const FEED_PATHS: Record<FeedFormat, string> = {
  rss: '/feed.xml',
  atom: '/feed.atom',
};

export function buildFeed(input: FeedInput, format: FeedFormat): string {
  const siteUrl = input.siteUrl.replace(/\/+$/, '');
  const articles = input.articles
    .map((article) => ({ article, date: new Date(article.publishedAt) }))
    .filter(({ date }) => !Number.isNaN(date.getTime()))
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, input.limit ?? 50);

  const feed = new Feed({
    id: `${siteUrl}/`,
    link: `${siteUrl}/`,
    title: xmlSafe(input.chrome.siteName),
    description: xmlSafe(input.chrome.tagline || input.chrome.defaultSeo.description),
    language: 'en-GB',
    // Deterministic: the newest article, not "now" (an empty feed has nothing to date it by).
    updated: articles[0]?.date ?? new Date(0),
    generator: false,
    feedLinks: { rss: `${siteUrl}${FEED_PATHS.rss}`, atom: `${siteUrl}${FEED_PATHS.atom}` },
    author: { name: xmlSafe(input.chrome.practice.therapistName) },
  });

  for (const { article, date } of articles) {
    const link = `${siteUrl}/articles/${encodeURIComponent(article.slug)}`;
    feed.addItem({
      id: link,
      link,
      date,
      // Both formats put these in CDATA and readers treat them as HTML, so they carry plain text
      // escaped as HTML (which also keeps a stray "]]>" from ending the CDATA section).
      title: escapeHtml(article.title),
      description: escapeHtml(article.excerpt),
      category: article.topics.map((topic) => toCategory(topic, siteUrl, format)),
    });
  }

  return format === 'rss' ? feed.rss2() : feed.atom1();
}

function toCategory(topic: { name: string; slug: string }, siteUrl: string, format: FeedFormat): Category {
  const name = xmlSafe(topic.name);
  if (format === 'rss') return { name }; // element text: escaped by the serialiser
  // Atom puts categories in attributes (name becomes label), where the library escapes only "&" and '"'.
  return { term: topic.slug, name: name.replace(/</g, ''), scheme: `${siteUrl}/topics/` };
}

/** Characters XML 1.0 forbids anywhere (control characters other than tab and newlines). */
function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function escapeHtml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
