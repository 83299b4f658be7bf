import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { defineNitroErrorHandler } from 'nitropack/runtime';
import { acceptedEncoding, MIN_COMPRESSIBLE_BYTES } from '../utils/http-compression';

/**
 * First of the error handlers (nuxt.config.ts → nitro:config): the 404, 410 and 503 pages are
 * reading pages too, but Nuxt's error renderer writes its HTML straight to the response, past the
 * compression every other page gets (plugins/page-cache.ts). This compresses that one write, in
 * the encoding the reader accepts. Synchronous, because Nuxt's handler ends the response in the
 * same turn; an error page is ~13 kB, which brotli at quality 5 compresses in well under 1 ms.
 * Handles nothing itself.
 */
export default defineNitroErrorHandler((_error, event) => {
  const encoding = acceptedEncoding(event);
  if (!encoding) return;
  const res = event.node.res;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' || Buffer.isBuffer(chunk);
    const type = String(res.getHeader('content-type') ?? '');
    if (!text || res.headersSent || res.getHeader('content-encoding') || !type.startsWith('text/html')) return end(chunk, ...rest);
    const body = Buffer.from(chunk as string | Buffer);
    if (body.length < MIN_COMPRESSIBLE_BYTES) return end(chunk, ...rest);
    const compressed = encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 6 });
    res.setHeader('content-encoding', encoding);
    res.setHeader('vary', 'Accept-Encoding');
    res.setHeader('content-length', compressed.length);
    return end(compressed, ...rest.filter((arg) => typeof arg === 'function'));
  }) as typeof res.end;
});
