/**
 * What a change in the CMS means for the web's caches: which tags get new versions (cache-tags.ts),
 * so that exactly the entries and rendered pages built from them are rebuilt on their next read.
 * Used by the publish webhook and by the reconciliation that replays the CMS's change feed.
 */

// Where most readers arrive: rendered again with the article's page, before the webhook answers.
const FRONT_PAGES = ['/', '/articles'];

async function articleChanged(slug: string): Promise<string[]> {
  // The old topics (from the cache) and the new ones (from the CMS, which throws if it is down:
  // then nothing is purged and readers keep the last good pages).
  const before = await getArticleView.peek(slug);
  const after = await loadArticleView(slug);
  const topics = new Set([...(before?.topics ?? []), ...(after?.topics ?? [])].map((topic) => topic.slug));
  const purged = await bumpTags([CACHE_TAGS.article(slug), CACHE_TAGS.allLists, ...[...topics].map(CACHE_TAGS.related)]);
  if (!after) {
    // Unpublished or deleted: nothing of it stays behind.
    await getArticleView.remove(slug);
    await removeCachedPage(slugPagePath('article', slug));
    await warmPages(FRONT_PAGES);
    return purged;
  }
  // What its page needs is read now, so the next reader waits only for the page to render.
  await getArticleView.store({ value: after, tags: articleViewTags(slug) }, slug);
  await getRelatedArticles.refresh(slug, after.topics.map((topic) => topic.slug));
  await warmPages([slugPagePath('article', slug), ...FRONT_PAGES]);
  return purged;
}

export async function refreshForChange(model: SiteContentModel | 'unknown', slug: string | null): Promise<string[]> {
  switch (model) {
    case 'article':
      return slug ? articleChanged(slug) : bumpTags([CACHE_TAGS.everything]);
    case 'topic':
      return bumpTags([CACHE_TAGS.topics, CACHE_TAGS.allLists, ...(slug ? [CACHE_TAGS.related(slug)] : [])]);
    case 'practice':
    case 'site':
    case 'crisis-support':
      return bumpTags([CACHE_TAGS.chrome]);
    case 'redirect':
      return redirectsChanged();
    default:
      return bumpTags([CACHE_TAGS.everything]);
  }
}
