import type { ArticleSummary } from '#shared/types/view-models';

/**
 * What a change in the CMS means for the web's cache. Every refresh loads first and replaces the
 * entry only on success (cms-cache.ts), so a CMS outage during a refresh leaves the last good copy.
 */
export type ChangedModel = 'article' | 'topic' | 'practice' | 'site' | 'crisis-support' | 'unknown';

async function refreshArticles(slug: string | null): Promise<string[]> {
  const index: ArticleSummary[] = await cmsCaches.getAllArticleSummaries.refresh();
  await cmsCaches.getSearchDocuments.refresh();
  const published = new Set(index.map((article) => article.slug));
  // The named article and every cached one that is no longer published (unpublished, deleted,
  // renamed: their entries become null, so their pages answer 404). Without a name (an empty
  // webhook payload, reconciliation) every cached article is reloaded, so missed edits show too.
  const cached = await cmsCaches.getArticleView.cachedKeys();
  const slugs = new Set(cached.filter((key) => slug === null || !published.has(key) || key === slug));
  if (slug && published.has(slug)) slugs.add(slug);
  for (const key of slugs) await cmsCaches.getArticleView.refresh(key);
  return ['article-index', 'search-docs', ...[...slugs].map((key) => `article:${key}`)];
}

export async function refreshForChange(model: ChangedModel, slug: string | null): Promise<string[]> {
  switch (model) {
    case 'article':
      return refreshArticles(slug);
    case 'topic':
      await cmsCaches.getTopics.refresh();
      return ['topics', ...(await refreshArticles(null))];
    case 'practice':
    case 'site':
    case 'crisis-support':
      await cmsCaches.getSiteChrome.refresh();
      return ['site-chrome'];
    default:
      return refreshEverything();
  }
}

/** The payload told us nothing usable (Strapi sometimes sends an empty entry): refresh it all. */
export async function refreshEverything(): Promise<string[]> {
  await cmsCaches.getSiteChrome.refresh();
  await cmsCaches.getTopics.refresh();
  return ['site-chrome', 'topics', ...(await refreshArticles(null))];
}
