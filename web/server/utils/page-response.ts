import type { H3Event } from 'h3';
import type { CachedPage } from './page-cache';
import type { Encoding } from './accept-encoding';

/**
 * Reading pages may be kept a minute by browsers and five by shared caches (a CDN cannot be
 * purged by the webhook, so its copy must not live long; see docs/deployment.md), and served
 * stale while one request revalidates.
 */
export const READING_PAGE_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400';

/** Headers of the rendered response that must not be replayed from the cache. */
const PER_RESPONSE_HEADERS = new Set([
  'set-cookie',
  'x-request-id',
  'date',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'etag',
  'vary',
  'cache-control',
  'x-powered-by',
  CACHE_TAGS_HEADER,
]);

export function replayableHeaders(event: H3Event): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(getResponseHeaders(event))) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name.toLowerCase())) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

function etagFor(page: CachedPage, encoding: Encoding | null): string {
  const suffix = encoding === 'br' ? '-br' : encoding === 'gzip' ? '-gz' : '';
  return `${page.etag.slice(0, -1)}${suffix}"`;
}

/** Sends a stored page: 304 when the browser has it, else the body in the encoding it accepts. */
export async function sendCachedPage(event: H3Event, page: CachedPage, source: 'hit' | 'miss'): Promise<Buffer | null> {
  const encoding = acceptedEncoding(event);
  const etag = etagFor(page, encoding);
  for (const [name, value] of Object.entries(page.headers)) setResponseHeader(event, name, value);
  setResponseHeaders(event, { etag, 'vary': 'Accept-Encoding', 'cache-control': READING_PAGE_CACHE_CONTROL, 'x-tend-page-cache': source });
  const known = (getRequestHeader(event, 'if-none-match') ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (known.includes(etag) || known.includes('*')) {
    setResponseStatus(event, 304);
    return null;
  }
  setResponseStatus(event, page.status);
  const body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : await gunzipped(page.gzip);
  if (encoding) setResponseHeader(event, 'content-encoding', encoding);
  setResponseHeader(event, 'content-length', body.length);
  return event.method === 'HEAD' ? null : body;
}

async function gunzipped(body: Buffer): Promise<Buffer> {
  const { gunzipSync } = await import('node:zlib');
  return gunzipSync(body);
}
