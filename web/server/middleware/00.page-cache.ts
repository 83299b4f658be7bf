/**
 * Serves reading pages from the rendered-page cache (utils/page-cache.ts) before anything renders.
 * A miss marks the request, and plugins/page-cache.ts stores what the renderer produced.
 */
export default defineEventHandler(async (event) => {
  const key = pageCacheKey(event, PREVIEW_COOKIE);
  if (!key) return;
  const page = await readCachedPage(key);
  if (!page) {
    event.context.pageCacheKey = key;
    event.context.pageRenderStartedAt = Date.now();
    return;
  }
  const body = await sendCachedPage(event, page, 'hit');
  // h3 ends the request with whatever a middleware returns; an empty string for 304 and HEAD.
  return body ?? '';
});
