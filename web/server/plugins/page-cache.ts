import type { H3Event } from 'h3';

/**
 * After a reading page has rendered: compress it once (brotli and gzip), store it with the tags
 * it was built from, and answer this request from what was stored. Other text responses (API
 * JSON, search results, previews) are compressed on the way out and never stored.
 */
const NEVER_STORED_STATUS = (status: number) => status !== 200;

async function storeAndSend(event: H3Event, key: string, html: Buffer): Promise<Buffer | null> {
  const [br, gzip] = await Promise.all([compress(html, 'br'), compress(html, 'gzip')]);
  const tags = [CACHE_TAGS.everything, CACHE_TAGS.chrome, ...(event.context.cacheTags ?? [])];
  const page: CachedPage = {
    status: 200,
    headers: replayableHeaders(event),
    etag: strongEtag(html),
    tags: await currentTagVersions(tags),
    storedAt: Date.now(),
    br,
    gzip,
  };
  await storePage(key, page).catch((error: unknown) => console.error('[page-cache] could not store a page', String(error)));
  return sendCachedPage(event, page, 'miss');
}

async function compressInPassing(event: H3Event, body: Buffer): Promise<Buffer> {
  const encoding = acceptedEncoding(event);
  if (!encoding || body.length < MIN_COMPRESSIBLE_BYTES) return body;
  appendResponseHeader(event, 'vary', 'Accept-Encoding');
  setResponseHeader(event, 'content-encoding', encoding);
  const compressed = await compress(body, encoding);
  setResponseHeader(event, 'content-length', compressed.length);
  return compressed;
}

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', async (event, response) => {
    // Pages learn their API answers' tags from this header (internal fetch); readers need not.
    if (!event.path.startsWith('/api/')) removeResponseHeader(event, CACHE_TAGS_HEADER);
    const body: unknown = response.body;
    if (typeof body !== 'string' && !Buffer.isBuffer(body)) return;
    if (getResponseHeader(event, 'content-encoding')) return;
    const type = String(getResponseHeader(event, 'content-type') ?? '');
    if (!isCompressibleType(type)) return;
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const key = event.context.pageCacheKey;
    if (key && !NEVER_STORED_STATUS(getResponseStatus(event)) && !isPreviewRequest(event)) {
      response.body = (await storeAndSend(event, key, bytes)) ?? '';
      return;
    }
    response.body = await compressInPassing(event, bytes);
  });
});
