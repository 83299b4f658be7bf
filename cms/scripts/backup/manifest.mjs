// @ts-check
// manifest.json: what an archive holds (every file with its size and sha256) and what made it
// (Tend and Strapi versions, database kind, schema and migration state), so that a restore can
// refuse a damaged or mismatched archive before touching anything.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';
export const FORMAT = 'tend-backup';
export const FORMAT_VERSION = 1;

const SchemaStateSchema = z.strictObject({
  schemaHash: z.string().nullable(),
  internalMigrations: z.array(z.string()),
  migrations: z.array(z.string()),
});

export const ManifestSchema = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  versions: z.strictObject({ tend: z.string(), strapi: z.string(), node: z.string() }),
  database: z.strictObject({
    kind: z.enum(['sqlite', 'postgres']),
    file: z.string(),
    schema: SchemaStateSchema,
    /** PostgreSQL only: the major versions of the server and of the pg_dump that wrote the dump. */
    postgres: z.strictObject({ serverMajor: z.number().int(), dumpMajor: z.number().int() }).optional(),
  }),
  uploads: z.strictObject({ dir: z.literal('uploads'), count: z.number().int() }),
  files: z.array(z.strictObject({ path: z.string(), bytes: z.number().int(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

/** @typedef {z.infer<typeof ManifestSchema>} Manifest */
/** @typedef {Manifest['files'][number]} FileEntry */

export async function sha256File(/** @type {string} */ file) {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Every regular file under `root` as archive paths (forward slashes), sorted. */
export async function listFiles(/** @type {string} */ root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== MANIFEST_FILE)
    .sort();
}

/** @returns {Promise<FileEntry[]>} */
export async function describeFiles(/** @type {string} */ root) {
  const files = [];
  for (const path of await listFiles(root)) {
    const full = join(root, path);
    files.push({ path, bytes: (await stat(full)).size, sha256: await sha256File(full) });
  }
  return files;
}

/** Parses manifest text; null when it is not a manifest this version understands. */
export function parseManifest(/** @type {string} */ text) {
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
