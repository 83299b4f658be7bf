import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';
import type { H3Event } from 'h3';
import type { Encoding } from './accept-encoding';

/**
 * Compression by the Node server itself, so that a practice running without a proxy still sends
 * small pages: brotli where the browser accepts it, gzip otherwise. Cached pages are stored
 * already compressed (page-cache.ts); this is for what is rendered per request.
 */
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Smaller bodies gain too little to be worth the CPU and the extra bytes of framing. */
export const MIN_COMPRESSIBLE_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|ld\+json|manifest\+json)|image\/svg\+xml)/;

export function isCompressibleType(contentType: string | undefined): boolean {
  return !!contentType && COMPRESSIBLE.test(contentType);
}

/** The best encoding the request accepts (q=0 refuses one). */
export function acceptedEncoding(event: H3Event): Encoding | null {
  return preferredEncoding(getRequestHeader(event, 'accept-encoding') ?? '');
}

const brotliOptions = (body: Buffer): BrotliOptions => ({ params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
const GZIP_OPTIONS: ZlibOptions = { level: 6 };

export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br' ? brotli(body, brotliOptions(body)) : gzipAsync(body, GZIP_OPTIONS);
}

/** The same, in this turn of the event loop: for a writer that ends the response synchronously. */
export function compressSync(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? brotliCompressSync(body, brotliOptions(body)) : gzipSync(body, GZIP_OPTIONS);
}
