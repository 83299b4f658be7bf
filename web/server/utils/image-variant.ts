import type { VariantRequest } from '#shared/utils/image-variants';
import { encodeImage, sourceFormat } from './image-encode';
import { imageCachePath, readCachedImage, writeCachedImage } from './image-cache';
import { fetchUpload, readUpload } from './image-source';

export interface ImageVariantResult {
  bytes: Buffer;
  /** true when read from the disk cache, false when encoded by this request. */
  hit: boolean;
}

/** Requests for a variant being encoded wait for that encode instead of starting another. */
const inFlight = new Map<string, Promise<Buffer>>();

/** What sharp reports for each extension we accept as a source. */
const EXPECTED_FORMAT: Record<string, string> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png' };

/** A resized/converted upload: from the disk cache, or made once from the original and stored. */
export async function imageVariant(request: VariantRequest, cacheRoot: string, cmsUrl: string): Promise<ImageVariantResult> {
  const path = imageCachePath(cacheRoot, request);
  const cached = await readCachedImage(path);
  if (cached) return { bytes: cached, hit: true };

  let pending = inFlight.get(path);
  if (!pending) {
    pending = makeVariant(request, path, cmsUrl).finally(() => inFlight.delete(path));
    inFlight.set(path, pending);
  }
  return { bytes: await pending, hit: false };
}

async function makeVariant(request: VariantRequest, path: string, cmsUrl: string): Promise<Buffer> {
  const source = await readUpload(await fetchUpload(cmsUrl, request.file));
  const extension = request.file.split('.').pop()?.toLowerCase() ?? '';
  const format = await sourceFormat(source).catch(() => undefined);
  if (!format || format !== EXPECTED_FORMAT[extension]) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  const bytes = await encodeImage(source, request.width, request.format);
  await writeCachedImage(path, bytes);
  return bytes;
}
