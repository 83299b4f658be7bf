import type { H3Event } from 'h3';

/** The header that carries an API answer's cache tags to the page rendering it (usePageData). */
export const CACHE_TAGS_HEADER = 'x-tend-cache-tags';

/**
 * Declares what this response was built from, so the rendered page that shows it is purged when
 * any of it changes (server/plugins/page-cache.ts). Pages call API routes through an internal
 * fetch, a separate event: the header carries the tags back to the page's own event.
 */
export function tagResponse(event: H3Event, tags: Iterable<string>): void {
  const all = event.context.cacheTags ?? new Set<string>();
  for (const tag of tags) all.add(tag);
  event.context.cacheTags = all;
  setResponseHeader(event, CACHE_TAGS_HEADER, [...all].join(' '));
}
