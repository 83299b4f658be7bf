/** Storage mount of CMS data (see plugins/cms-cache-storage.ts) and the cache entry names. */
export const CMS_CACHE_BASE = 'cms-cache';

/**
 * Every cached read is `cms-cache:cms:<name>:<key>.json`, so the revalidation endpoint can
 * refresh exactly what a publish touched: one article, the article index, topics, the chrome.
 */
export const CMS_CACHE_GROUP = 'cms';

export const CacheName = {
  chrome: 'site-chrome',
  articleIndex: 'article-index',
  article: 'article',
  topics: 'topics',
  searchDocs: 'search-docs',
} as const;

/** Fresh for five minutes, then served stale while one background request refreshes it. */
export function cmsCacheOptions(name: string) {
  return {
    base: CMS_CACHE_BASE,
    group: CMS_CACHE_GROUP,
    name,
    maxAge: 300,
    swr: true,
  } as const;
}
