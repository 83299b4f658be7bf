import type { H3Event } from 'h3';
import { FORMAT_TYPES, isVersionedFile, parseMediaPath } from '#shared/utils/image-variants';
import { imageCacheDir } from '../../utils/image-cache';
import { fetchUpload } from '../../utils/image-source';
import { imageVariant } from '../../utils/image-variant';
import { mediaTypeHeaders } from '../../utils/media-disposition';

// Media reach readers from the site's own origin: Strapi's /uploads/ files, proxied as they are
// (/media/<file>: raster images and PDF inline, anything else as a sandboxed download, see
// utils/media-disposition.ts) or resized/converted to one of the listed widths and formats
// (/media/<width>w/<file>[.avif|.webp], see shared/utils/image-variants.ts). Anything else is a
// 404, so nobody can make the server encode arbitrary sizes. The target host is fixed.
export default defineEventHandler(async (event) => {
  const request = parseMediaPath(getRouterParam(event, 'path') ?? '');
  if (!request) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  const { cmsUrl, cacheDir } = useRuntimeConfig(event);

  if (request.kind === 'original') {
    const upstream = await fetchUpload(cmsUrl, request.file, { imagesOnly: false });
    setMediaHeaders(event, request.file, mediaTypeHeaders(request.file, upstream.headers.get('content-type') ?? 'application/octet-stream'));
    const length = upstream.headers.get('content-length');
    if (length) setResponseHeader(event, 'content-length', Number(length));
    return upstream.body;
  }

  const { bytes, hit } = await imageVariant(request, imageCacheDir(cacheDir), cmsUrl);
  setMediaHeaders(event, request.file, { 'content-type': FORMAT_TYPES[request.format], 'x-content-type-options': 'nosniff' });
  // Which answers came from the disk cache (tests and operators check this; no timing needed).
  setResponseHeader(event, 'x-tend-image', hit ? 'hit' : 'miss');
  setResponseHeader(event, 'content-length', bytes.length);
  return bytes;
});

/**
 * Only successful answers get these: an error must never be cached for a year. The format is in
 * the URL (explicit <source type>), so there is no content negotiation and no `Vary: Accept`.
 * Media files are not pages: search engines index the pages that show them, not the files.
 */
function setMediaHeaders(event: H3Event, file: string, typeHeaders: Record<string, string>): void {
  setResponseHeaders(event, {
    ...typeHeaders,
    'cache-control': isVersionedFile(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
    'x-robots-tag': 'noindex',
  });
}
