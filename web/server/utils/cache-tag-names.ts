/**
 * The tags cached entries and pages depend on (cache-tags.ts). One list, so that what a page
 * declares and what a change purges cannot drift apart.
 */
export const CACHE_TAGS = {
  /** Every entry depends on it: a change the web cannot narrow down purges everything. */
  everything: 'all',
  /** Site settings, practice details, crisis support: on every page. */
  chrome: 'chrome',
  /** Topic names and descriptions. */
  topics: 'topics',
  /** Every list of articles (home, /articles, topic pages, feeds, sitemap, counts): any publish reorders them. */
  allLists: 'list:all',
  /** The number of articles per topic (counted in the background after a publish). */
  topicCounts: 'topic-counts',
  /** The redirect table (old addresses of this or a previous website). */
  redirects: 'redirects',
  /** One article's own content. */
  article: (slug: string) => `article:${slug}`,
  /** The related-articles choice of articles about this topic. */
  related: (topic: string) => `related:${topic}`,
} as const;
