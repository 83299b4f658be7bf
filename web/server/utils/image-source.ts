import { createError } from 'h3';

/** The cms refuses uploads above 10 MB; anything bigger from /uploads/ is not ours to decode. */
const MAX_SOURCE_BYTES = 12 * 1024 * 1024;
/** A cms that accepts the connection but does not answer must not hold the reader's request. */
export const UPLOAD_ANSWER_TIMEOUT_MS = 5_000;
/** The whole transfer, for the largest upload on a slow disk. */
const UPLOAD_TRANSFER_TIMEOUT_MS = 60_000;

export interface FetchUploadOptions {
  /** Only images may be decoded (variants); originals of any type are passed on (routes/media). */
  imagesOnly?: boolean;
  answerTimeoutMs?: number;
}

/**
 * One file from Strapi's /uploads/ folder (the only place media come from): a 404 for anything
 * missing (or, for variants, not an image), a 504 when the cms does not answer within a few
 * seconds, a 503 when it cannot be reached.
 */
export async function fetchUpload(cmsUrl: string, file: string, options: FetchUploadOptions = {}): Promise<Response> {
  const { imagesOnly = true, answerTimeoutMs = UPLOAD_ANSWER_TIMEOUT_MS } = options;
  const answered = new AbortController();
  const timer = setTimeout(() => answered.abort(), answerTimeoutMs);
  let upstream: Response;
  try {
    upstream = await fetch(`${cmsUrl}/uploads/${file}`, { signal: AbortSignal.any([answered.signal, AbortSignal.timeout(UPLOAD_TRANSFER_TIMEOUT_MS)]) });
  } catch {
    if (answered.signal.aborted) throw createError({ statusCode: 504, statusMessage: 'The media library did not answer in time' });
    throw createError({ statusCode: 503, statusMessage: 'Media temporarily unavailable' });
  } finally {
    clearTimeout(timer);
  }
  const type = upstream.headers.get('content-type') ?? '';
  if (!upstream.ok || !upstream.body || (imagesOnly && !type.startsWith('image/'))) {
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
