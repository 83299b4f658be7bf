import type { H3Event } from 'h3';

/** How many of the newest articles a feed carries: readers only ever look at its top. */
const FEED_LENGTH = 20;

/** RSS or Atom from the newest page of cards (one small cached entry, not the archive). */
export async function renderFeed(event: H3Event, format: FeedFormat): Promise<string> {
  const [chrome, latest] = await Promise.all([getSiteChrome(), getArticleList(null, 1, FEED_LENGTH)]);
  tagResponse(event, [CACHE_TAGS.allLists, CACHE_TAGS.chrome]);
  setResponseHeader(event, 'content-type', FEED_CONTENT_TYPES[format]);
  return buildFeed({ chrome, articles: latest.items, siteUrl: useRuntimeConfig(event).public.siteUrl, limit: FEED_LENGTH }, format);
}
