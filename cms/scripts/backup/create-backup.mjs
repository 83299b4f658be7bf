// @ts-check
// Writes one archive (tar + gzip, optionally encrypted) of everything the cms keeps: the
// database, the uploads and a manifest. Readable by its owner only: it holds personal data.
import { createWriteStream, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { create } from 'tar';
import { backupKey, encryptFile } from './encryption.mjs';
import { describeFiles, FORMAT, FORMAT_VERSION, MANIFEST_FILE } from './manifest.mjs';
import { backupPostgres } from './postgres.mjs';
import { cmsData, installedVersions } from './settings.mjs';
import { backupSqlite } from './sqlite.mjs';

/** @typedef {import('./manifest.mjs').Manifest} Manifest */

const SQLITE_FILE = 'database/data.db';
const POSTGRES_FILE = 'database/cms.pgdump';

/** Placeholders that keep an empty folder in git are not content. */
export const isContentFile = (/** @type {string} */ name) => name !== '.gitkeep';

/** @param {Date} date e.g. 2026-11-30T05-10-22Z: sorts by time, safe in every file system */
const stamp = (date) => date.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');

/**
 * @param {{ outDir: string, env?: NodeJS.ProcessEnv, now?: Date }} options
 * @returns {Promise<{ file: string, manifest: Manifest }>}
 */
export async function createBackup({ outDir, env = process.env, now = new Date() }) {
  const data = cmsData(env);
  const key = backupKey(env);
  const staging = await mkdtemp(join(tmpdir(), 'tend-backup-'));
  try {
    await mkdir(join(staging, 'database'));
    /** @type {Manifest['database']} */
    let database;
    if (data.database.kind === 'sqlite') {
      const schema = await backupSqlite(data.database.file, join(staging, SQLITE_FILE));
      database = { kind: 'sqlite', file: SQLITE_FILE, schema };
    } else {
      const { state, serverMajor, dumpMajor } = await backupPostgres(data.database, join(staging, POSTGRES_FILE));
      database = { kind: 'postgres', file: POSTGRES_FILE, schema: state, postgres: { serverMajor, dumpMajor } };
    }
    const uploads = join(staging, 'uploads');
    await mkdir(uploads);
    if (existsSync(data.uploadsDir)) {
      await cp(data.uploadsDir, uploads, { recursive: true, filter: (source) => isContentFile(source.split('/').pop() ?? '') });
    }
    const files = await describeFiles(staging);
    /** @type {Manifest} */
    const manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: now.toISOString(),
      versions: { ...installedVersions(), node: process.versions.node },
      database,
      uploads: { dir: 'uploads', count: files.filter((file) => file.path.startsWith('uploads/')).length },
      files,
    };
    await writeFile(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });

    await mkdir(outDir, { recursive: true, mode: 0o700 });
    const name = `tend-backup-${stamp(now)}.tar.gz${key ? '.enc' : ''}`;
    const file = join(outDir, name);
    // Written under a temporary name and renamed when complete: a crash never leaves a file
    // that looks like a finished backup.
    const partialTar = join(outDir, `.${name}.tar.partial`);
    await pipeline(
      create({ gzip: true, cwd: staging, portable: true }, [MANIFEST_FILE, 'database', 'uploads']),
      createWriteStream(partialTar, { flags: 'wx', mode: 0o600 }),
    );
    if (key) {
      const partialEnc = join(outDir, `.${name}.partial`);
      try {
        await encryptFile(partialTar, partialEnc, key);
        await rename(partialEnc, file);
      } finally {
        await rm(partialTar, { force: true });
        await rm(partialEnc, { force: true });
      }
    } else {
      await rename(partialTar, file);
    }
    return { file, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
