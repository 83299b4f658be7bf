import type { NitroFetchRequest, TypedInternalResponse } from 'nitropack/types';

/** Must match CACHE_TAGS_HEADER in server/utils/cache-tag-response.ts. */
const CACHE_TAGS_HEADER = 'x-tend-cache-tags';

/**
 * Loads a page's data from our own server routes and turns a failure into the page's own HTTP
 * status (404, 503…), so unknown pages really answer 404 and an unreachable CMS answers 503.
 * During server rendering it also collects what the data was built from, so that the rendered
 * page is purged from the page cache when any of it changes.
 *
 * The answer's type is inferred by Nuxt from the server route the URL matches, so a page and its
 * route cannot disagree about the shape of the data.
 */
export async function usePageData<Route extends NitroFetchRequest>(url: Route, query: Record<string, unknown> = {}) {
  const event = useRequestEvent();
  const { data, error } = await useFetch(url, {
    query,
    key: `${String(url)}?${JSON.stringify(query)}`,
    onResponse({ response }) {
      const tags = response.headers.get(CACHE_TAGS_HEADER);
      if (!event || !tags) return;
      const all = event.context.cacheTags ?? new Set<string>();
      for (const tag of tags.split(' ')) all.add(tag);
      event.context.cacheTags = all;
    },
  });
  if (error.value || data.value === undefined || data.value === null) {
    throw createError({
      statusCode: error.value?.statusCode ?? 500,
      statusMessage: error.value?.statusMessage ?? 'Something went wrong',
      fatal: true,
    });
  }
  return data.value;
}

/** What a page receives from `usePageData(route)`: the route's answer as it arrives over JSON. */
export type PageData<Route extends NitroFetchRequest> = TypedInternalResponse<Route, unknown, 'get'>;
