import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { VariantRequest } from '#shared/utils/image-variants';

/**
 * Encoded image variants kept on disk, so each is made once per server and then read back.
 * The folder sits beside the CMS-data cache (`cacheDir`, default .data/cms-cache → .data/image-cache):
 * the same volume, but outside the data cache's key space, so purging data never lists or
 * deletes images. Entries never go stale: a variant's name includes the upload's own unique name.
 */
export function imageCacheDir(cacheDir: string): string {
  return join(dirname(resolve(cacheDir || '.data/cms-cache')), 'image-cache');
}

/** `<width>w/<file>.<format>`: the names are checked by parseMediaPath, so no path can escape. */
export function imageCachePath(root: string, request: VariantRequest): string {
  return join(root, `${request.width}w`, `${request.file}.${request.format}`);
}

export async function readCachedImage(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}

/** Written to a temporary name first, so a reader never gets half a file. */
export async function writeCachedImage(path: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}
