// Images reach readers from the site's own origin: a narrow proxy to Strapi's /uploads/ folder.
// The path is a single file name (no slashes, no dots-only segments); the target host is fixed.
export default defineEventHandler(async (event) => {
  const file = getRouterParam(event, 'path') ?? '';
  if (!/^[\w-][\w.-]*$/.test(file)) throw createError({ statusCode: 404, statusMessage: 'Not found' });

  const { cmsUrl } = useRuntimeConfig(event);
  let upstream: Response;
  try {
    upstream = await fetch(`${cmsUrl}/uploads/${file}`);
  } catch {
    throw createError({ statusCode: 503, statusMessage: 'Image temporarily unavailable' });
  }
  if (!upstream.ok || !upstream.body) throw createError({ statusCode: 404, statusMessage: 'Not found' });

  const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
  if (!type.startsWith('image/')) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  setResponseHeaders(event, {
    'content-type': type,
    // Strapi names files by content hash, so a year is safe; only successful answers say so.
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  const length = upstream.headers.get('content-length');
  if (length) setResponseHeader(event, 'content-length', Number(length));
  return upstream.body;
});
