/**
 * Puts an image in the Media Library once per content: the file name carries the first
 * characters of the SHA-256 of its bytes, so the same picture met twice (two posts, two runs,
 * two addresses) is one file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

import type { ImageBytes } from './image-source';

/** An uploaded file row, as a Blocks image node and a media field hold it. */
export type LibraryFile = Record<string, unknown> & { id: number; name: string; url: string };

interface UploadService {
  upload(input: {
    data: { fileInfo: { name: string; alternativeText: string; caption: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<LibraryFile[]>;
}

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif' };

export async function putInLibrary(
  strapi: Core.Strapi,
  image: ImageBytes,
  info: { alt: string; caption: string },
): Promise<{ file: LibraryFile; reused: boolean }> {
  const digest = createHash('sha256').update(image.data).digest('hex').slice(0, 16);
  const safeName = image.fileName.replace(/[^\w.-]+/g, '-').slice(-80);
  const name = `imported-${digest}-${safeName}`;
  // By the digest alone: the same bytes under another file name (WordPress keeps copies) are the same picture.
  const existing = (await strapi.db.query('plugin::upload.file').findOne({ where: { name: { $startsWith: `imported-${digest}-` } } })) as LibraryFile | null;
  if (existing) return { file: existing, reused: true };

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tend-import-'));
  const filepath = path.join(dir, safeName);
  try {
    await fs.writeFile(filepath, image.data);
    const upload = strapi.plugin('upload').service('upload') as unknown as UploadService;
    const [file] = await upload.upload({
      data: { fileInfo: { name, alternativeText: info.alt, caption: info.caption } },
      files: { filepath, originalFilename: name, mimetype: MIME[path.extname(safeName).toLowerCase()] ?? 'application/octet-stream', size: image.data.length },
    });
    if (!file) throw new Error(`The Media Library did not take ${image.fileName}.`);
    return { file, reused: false };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
