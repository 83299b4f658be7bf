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
    // A publish while this page rendered may not be in it: stored, but rendered again next time.
    tags: markChangedSince(await currentTagVersions(tags), event.context.pageRenderStartedAt ?? Date.now()),
    storedAt: Date.now(),
    br,
    gzip,
  };
  await storePage(key, page).catch((error: unknown) => console.error('[page-cache] could not store a page', String(error)));
  return sendCachedPage(event, page, 'miss');
}

async function compressInPassing(event: H3Event, body: Buffer): Promise<Buffer> {
  const encoding = acceptedEncoding(event);
  if (!encoding) return body;
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
    // Nuxt renders error pages through an internal request whose body it reads as text.
    if (event.path.startsWith('/__nuxt')) return;
    if (getResponseHeader(event, 'content-encoding')) return;
    const bytes = responseBytes(event, response.body);
    if (!bytes) return;
    const key = event.context.pageCacheKey;
    if (key && !NEVER_STORED_STATUS(getResponseStatus(event)) && !isPreviewRequest(event)) {
      response.body = (await storeAndSend(event, key, bytes)) ?? '';
      return;
    }
    if (acceptedEncoding(event) && bytes.length >= MIN_COMPRESSIBLE_BYTES) response.body = await compressInPassing(event, bytes);
  });
});

/** The body as bytes when it is text worth compressing (h3 serialises objects to JSON later). */
function responseBytes(event: H3Event, body: unknown): Buffer | null {
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    return isCompressibleType(String(getResponseHeader(event, 'content-type') ?? '')) ? Buffer.from(body) : null;
  }
  const type = getResponseHeader(event, 'content-type');
  const plainJson = body !== null && typeof body === 'object' && (Array.isArray(body) || Object.getPrototypeOf(body) === Object.prototype);
  if (!plainJson || (type && !String(type).includes('json')) || !acceptedEncoding(event)) return null;
  setResponseHeader(event, 'content-type', 'application/json');
  return Buffer.from(JSON.stringify(body));
}
