/** The cms refuses uploads above 10 MB; anything bigger from /uploads/ is not ours to decode. */
const MAX_SOURCE_BYTES = 12 * 1024 * 1024;

/**
 * One file from Strapi's /uploads/ folder (the only place images come from): a 404 for anything
 * missing, too large or not an image, a 503 when the cms cannot be reached.
 */
export async function fetchUpload(cmsUrl: string, file: string): Promise<Response> {
  let upstream: Response;
  try {
    upstream = await fetch(`${cmsUrl}/uploads/${file}`, { signal: AbortSignal.timeout(15_000) });
  } catch {
    throw createError({ statusCode: 503, statusMessage: 'Image temporarily unavailable' });
  }
  const type = upstream.headers.get('content-type') ?? '';
  if (!upstream.ok || !upstream.body || !type.startsWith('image/')) {
    await upstream.body?.cancel();
    throw createError({ statusCode: 404, statusMessage: 'Not found' });
  }
  return upstream;
}

/** The whole upload in memory, for encoding; refuses files larger than the cms would accept. */
export async function readUpload(upstream: Response): Promise<Buffer> {
  const declared = Number(upstream.headers.get('content-length') ?? 0);
  if (declared > MAX_SOURCE_BYTES) {
    await upstream.body?.cancel();
    throw createError({ statusCode: 404, statusMessage: 'Not found' });
  }
  const bytes = Buffer.from(await upstream.arrayBuffer());
  if (bytes.length > MAX_SOURCE_BYTES) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  return bytes;
}
