import type { ServerResponse } from 'node:http';
import { defineNitroErrorHandler } from 'nitropack/runtime';
import { acceptedEncoding, compressSync, MIN_COMPRESSIBLE_BYTES } from '../utils/http-compression';

/**
 * First of the error handlers (nuxt.config.ts → nitro:config): the 404, 410 and 503 pages are
 * reading pages too, but Nuxt's error renderer writes its HTML straight to the response, past the
 * compression every other page gets (plugins/page-cache.ts). This compresses that one write, in
 * the encoding the reader accepts, with the settings every page uses. Synchronous, because Nuxt's
 * handler ends the response in the same turn; an error page is ~13 kB, well under 1 ms to compress.
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
    const compressed = compressSync(body, encoding);
    res.setHeader('content-encoding', encoding);
    res.setHeader('vary', 'Accept-Encoding');
    res.setHeader('content-length', compressed.length);
    return end(compressed, ...rest.filter((arg) => typeof arg === 'function'));
  }) as typeof res.end;
});
