/**
 * Where an image's bytes come from: a folder of the old site's uploads when one is given (the
 * part of the address after `/wp-content/uploads/`, or a path relative to a Markdown folder),
 * else its address on the web, with a timeout so a dead site cannot stall the import.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export interface ImageBytes {
  data: Buffer;
  fileName: string;
}

export interface ImageSourceOptions {
  uploadsFolder?: string;
  fetchTimeoutMs?: number;
  /** Set false to never touch the network (tests, offline imports). */
  fetchRemote?: boolean;
}

const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

function insideFolder(folder: string, relative: string): string | null {
  const resolved = path.resolve(folder, relative);
  return resolved.startsWith(path.resolve(folder) + path.sep) ? resolved : null;
}

async function fromFolder(src: string, folder: string): Promise<ImageBytes | null> {
  // Self-hosted sites keep uploads under /wp-content/uploads/; WordPress.com serves the same
  // year/month folders from the root of its files host.
  let relative: string | null = src;
  if (/^https?:\/\//i.test(src)) {
    const pathname = decodeURIComponent(new URL(src).pathname);
    relative = /\/wp-content\/uploads\/(.+)$/.exec(pathname)?.[1] ?? pathname.replace(/^\/+/, '');
  }
  const file = relative ? insideFolder(folder, relative) : null;
  if (!file) return null;
  try {
    return { data: await fs.readFile(file), fileName: path.basename(file) };
  } catch {
    return null;
  }
}

export async function loadImage(src: string, options: ImageSourceOptions): Promise<ImageBytes | string> {
  if (/\.svgz?(?:[?#]|$)/i.test(src)) return 'SVG drawings are not imported: they can carry scripts';
  if (options.uploadsFolder) {
    const found = await fromFolder(src, options.uploadsFolder);
    if (found) return found;
    if (!/^https?:/i.test(src)) return 'not found in the folder given';
  }
  if (!/^https?:\/\//i.test(src)) return 'its address is not a web address';
  if (options.fetchRemote === false) return 'not fetched (the import was told not to use the network)';
  try {
    const response = await fetch(src, { signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 10_000), redirect: 'follow' });
    if (!response.ok) return `the old site answered ${response.status}`;
    if (!(response.headers.get('content-type') ?? '').startsWith('image/')) return 'the address did not answer with an image';
    const data = Buffer.from(await response.arrayBuffer());
    if (data.length > MAX_IMAGE_BYTES) return 'larger than 20 MB';
    return { data, fileName: decodeURIComponent(path.basename(new URL(src).pathname)) || 'image' };
  } catch (error) {
    return error instanceof Error && error.name === 'TimeoutError' ? 'the old site did not answer in time' : 'the old site could not be reached';
  }
}
