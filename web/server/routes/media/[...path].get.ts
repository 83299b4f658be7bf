import type { H3Event } from 'h3';
import { FORMAT_TYPES, isVersionedFile, parseMediaPath } from '#shared/utils/image-variants';
import { imageCacheDir } from '../../utils/image-cache';
import { fetchUpload } from '../../utils/image-source';
import { imageVariant } from '../../utils/image-variant';

// Images reach readers from the site's own origin: Strapi's /uploads/ files, proxied as they are
// (/media/<file>) or resized/converted to one of the listed widths and formats
// (/media/<width>w/<file>[.avif|.webp], see shared/utils/image-variants.ts). Anything else is a
// 404, so nobody can make the server encode arbitrary sizes. The target host is fixed.
export default defineEventHandler(async (event) => {
  const request = parseMediaPath(getRouterParam(event, 'path') ?? '');
  if (!request) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  const { cmsUrl, cacheDir } = useRuntimeConfig(event);

  if (request.kind === 'original') {
    const upstream = await fetchUpload(cmsUrl, request.file);
    setImageHeaders(event, request.file, upstream.headers.get('content-type') ?? 'application/octet-stream');
    const length = upstream.headers.get('content-length');
    if (length) setResponseHeader(event, 'content-length', Number(length));
    return upstream.body;
  }

  const { bytes, hit } = await imageVariant(request, imageCacheDir(cacheDir), cmsUrl);
  setImageHeaders(event, request.file, FORMAT_TYPES[request.format]);
  // Which answers came from the disk cache (tests and operators check this; no timing needed).
  setResponseHeader(event, 'x-tend-image', hit ? 'hit' : 'miss');
  setResponseHeader(event, 'content-length', bytes.length);
  return bytes;
});

/**
 * Only successful answers get these: an error must never be cached for a year. The format is in
 * the URL (explicit <source type>), so there is no content negotiation and no `Vary: Accept`.
 */
function setImageHeaders(event: H3Event, file: string, type: string): void {
  setResponseHeaders(event, {
    'content-type': type,
    'cache-control': isVersionedFile(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
    'x-content-type-options': 'nosniff',
  });
}
