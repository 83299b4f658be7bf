import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

interface UploadedFile {
  id: number;
}

interface UploadService {
  upload(input: {
    data: { fileInfo: { name: string; alternativeText: string; caption?: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<UploadedFile[]>;
}

/** Uploads a generated image once; a second seed run finds it by name and reuses it. */
export async function uploadImageOnce(
  strapi: Core.Strapi,
  file: { name: string; alternativeText: string; data: Buffer; mimetype: string },
): Promise<number> {
  const existing = (await strapi.db
    .query('plugin::upload.file')
    .findOne({ where: { name: file.name } })) as UploadedFile | null;
  if (existing) return existing.id;

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tend-seed-'));
  const filepath = path.join(dir, file.name);
  try {
    await fs.writeFile(filepath, file.data);
    const upload = strapi.plugin('upload').service('upload') as unknown as UploadService;
    const [uploaded] = await upload.upload({
      data: { fileInfo: { name: file.name, alternativeText: file.alternativeText } },
      files: { filepath, originalFilename: file.name, mimetype: file.mimetype, size: file.data.length },
    });
    if (!uploaded) throw new Error(`Upload of ${file.name} returned nothing.`);
    return uploaded.id;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
