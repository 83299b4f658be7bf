import { createHash } from 'node:crypto';
import type { H3Event } from 'h3';
import type { TagVersions } from './cache-tags';

/**
 * Rendered pages, stored once per content change and served as stored: compressed (brotli and
 * gzip) with a strong ETag, in the same storage as the CMS data (disk, or Redis shared by several
 * web servers). A page is current while the tags it was built from are (cache-tags.ts); keys carry
 * the build id, so after a redeploy no page points at asset files that are gone.
 */
export interface CachedPage {
  status: number;
  headers: Record<string, string>;
  etag: string;
  tags: TagVersions;
  storedAt: number;
  br: Buffer;
  gzip: Buffer;
}

type PageMeta = Omit<CachedPage, 'br' | 'gzip'> & { brLength: number };

/** Query parameters pages read; any other parameter means the request is rendered, not cached. */
const PAGE_PARAMS = new Set(['page', 'topic']);
/** Addresses whose answer is the same for every reader (drafts, forms and search are not). */
const CACHEABLE_PATH = /^\/(|articles|articles\/[\w-]+|topics|topics\/[\w-]+|about|urgent-help|privacy|accessibility|consultation|consultation\/thanks|feed\.xml|feed\.atom|sitemap\.xml|sitemaps\/[\w-]+\.xml|robots\.txt)$/;
/** In-memory copies of the most read pages; only when this process is the storage's only writer. */
const MEMORY_LIMIT_BYTES = 48 * 1024 * 1024;
const memory = new Map<string, CachedPage>();
let memoryBytes = 0;

function storage() {
  return useStorage(CMS_CACHE_BASE);
}

function keyFor(pathAndQuery: string): string {
  return `pages:${cacheBuildId()}:${createHash('sha256').update(pathAndQuery).digest('base64url')}`;
}

/** The cache key of a request, or null when its answer must be rendered for this request only. */
export function pageCacheKey(event: H3Event, previewCookie: string): string | null {
  if (event.method !== 'GET' && event.method !== 'HEAD') return null;
  if ((getRequestHeader(event, 'cookie') ?? '').includes(`${previewCookie}=`)) return null;
  const url = new URL(event.path, 'http://x');
  if (!CACHEABLE_PATH.test(url.pathname)) return null;
  const params = [...url.searchParams.entries()];
  if (params.some(([name]) => !PAGE_PARAMS.has(name))) return null;
  params.sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return keyFor(`${url.pathname}${query}`);
}

function encode(page: CachedPage): Buffer {
  const { br, gzip, ...rest } = page;
  const meta = Buffer.from(JSON.stringify({ ...rest, brLength: br.length } satisfies PageMeta));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(meta.length);
  return Buffer.concat([length, meta, br, gzip]);
}

function decode(raw: Buffer): CachedPage {
  const metaLength = raw.readUInt32BE(0);
  const { brLength, ...meta } = JSON.parse(raw.subarray(4, 4 + metaLength).toString()) as PageMeta;
  const start = 4 + metaLength;
  return { ...meta, br: raw.subarray(start, start + brLength), gzip: raw.subarray(start + brLength) };
}

function remember(key: string, page: CachedPage): void {
  if (useRuntimeConfig().redisUrl) return;
  const size = page.br.length + page.gzip.length;
  const old = memory.get(key);
  if (old) memoryBytes -= old.br.length + old.gzip.length;
  memory.delete(key);
  memory.set(key, page);
  memoryBytes += size;
  // Oldest first out (a Map keeps insertion order; a hit re-inserts).
  for (const [oldest, entry] of memory) {
    if (memoryBytes <= MEMORY_LIMIT_BYTES) break;
    memory.delete(oldest);
    memoryBytes -= entry.br.length + entry.gzip.length;
  }
}

/** The stored page if it is still current. */
export async function readCachedPage(key: string): Promise<CachedPage | null> {
  let page = memory.get(key) ?? null;
  if (!page) {
    const raw = await storage().getItemRaw<Buffer>(key).catch(() => null);
    if (!raw || !Buffer.isBuffer(raw) || raw.length < 4) return null;
    page = decode(raw);
  }
  if (!(await tagsAreCurrent(page.tags))) return null;
  remember(key, page);
  return page;
}

export async function storePage(key: string, page: CachedPage): Promise<void> {
  remember(key, page);
  await storage().setItemRaw(key, encode(page));
}

export function strongEtag(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Forgets a page (an unpublished article): its address renders anew, as a 404. */
export async function removeCachedPage(path: string): Promise<void> {
  const key = keyFor(path);
  memory.delete(key);
  await storage()
    .removeItem(key)
    .catch((error: unknown) => console.error('[page-cache] could not remove a page', String(error)));
}
