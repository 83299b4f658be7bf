// @ts-check
// Restores an archive written by create-backup.mjs into an empty cms (stopped), after checking
// everything that can be checked first: integrity, the key, the database kind, the versions.
// Nothing in the cms is touched until every check has passed.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { extract } from 'tar';
import { isContentFile } from './create-backup.mjs';
import { backupKey, decryptFile, isEncrypted } from './encryption.mjs';
import { FORMAT_VERSION, listFiles, MANIFEST_FILE, parseManifest, sha256File } from './manifest.mjs';
import { checkRestoreTool, postgresIsEmpty, restorePostgres } from './postgres.mjs';
import { cmsData, installedVersions, knownMigrations, UsageError } from './settings.mjs';
import { restoreSqlite, sqliteIsEmpty } from './sqlite.mjs';

/** @typedef {import('./manifest.mjs').Manifest} Manifest */

const DAMAGED = 'The backup is damaged or cut short';
const KIND_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** -1, 0 or 1 for dotted versions (pre-release suffixes ignored). */
export function compareVersions(/** @type {string} */ a, /** @type {string} */ b) {
  const parts = (/** @type {string} */ version) => version.split('-')[0].split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/** Unpacks regular files and folders only (a link could point outside the target). */
async function unpack(/** @type {string} */ archive, /** @type {string} */ into) {
  /** @type {string[]} */
  const refused = [];
  try {
    await extract({
      file: archive,
      cwd: into,
      strict: true,
      filter: (path, entry) => {
        const type = 'type' in entry ? entry.type : entry.isDirectory() ? 'Directory' : 'File';
        const allowed = type === 'File' || type === 'OldFile' || type === 'Directory';
        if (!allowed) refused.push(path);
        return allowed;
      },
    });
  } catch (error) {
    throw new UsageError(`${DAMAGED}: it cannot be unpacked (${/** @type {Error} */ (error).message}).`);
  }
  if (refused.length > 0) throw new UsageError(`This is not a Tend backup: it holds links or special files (${refused.slice(0, 3).join(', ')}).`);
}

/** @returns {Promise<Manifest>} */
async function readManifest(/** @type {string} */ dir) {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) throw new UsageError('This is not a Tend backup: it has no manifest.json.');
  const text = await readFile(path, 'utf8');
  const version = /** @type {{ formatVersion?: unknown }} */ (JSON.parse(text)).formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    throw new UsageError(`This backup uses format ${version}, newer than this Tend understands (${FORMAT_VERSION}): update Tend first.`);
  }
  const manifest = parseManifest(text);
  if (!manifest) throw new UsageError('This is not a Tend backup, or its manifest.json is damaged.');
  return manifest;
}

/** Every file listed with the right size and checksum, and nothing unlisted. */
async function verifyFiles(/** @type {string} */ dir, /** @type {Manifest} */ manifest) {
  const present = await listFiles(dir);
  const listed = new Set(manifest.files.map((file) => file.path));
  const extra = present.filter((path) => !listed.has(path));
  if (extra.length > 0) throw new UsageError(`${DAMAGED}: it holds files its manifest does not list (${extra.slice(0, 3).join(', ')}).`);
  for (const file of manifest.files) {
    const path = join(dir, file.path);
    if (!existsSync(path)) throw new UsageError(`${DAMAGED}: ${file.path} is missing.`);
    if ((await sha256File(path)) !== file.sha256) throw new UsageError(`${DAMAGED}: ${file.path} does not match its checksum.`);
  }
  if (!listed.has(manifest.database.file)) throw new UsageError(`${DAMAGED}: the database file is missing.`);
}

/** The backup must come from the same kind of database and from this version of Tend or an older one. */
async function checkCompatible(/** @type {Manifest} */ manifest, /** @type {'sqlite' | 'postgres'} */ kind) {
  if (manifest.database.kind !== kind) {
    throw new UsageError(
      `This backup holds a ${KIND_NAMES[manifest.database.kind]} database, and this cms uses ${KIND_NAMES[kind]} (DATABASE_CLIENT). `
      + 'Restore it on a cms that uses the same kind of database.',
    );
  }
  const installed = installedVersions();
  for (const [name, label] of /** @type {const} */ ([['tend', 'Tend'], ['strapi', 'Strapi']])) {
    if (compareVersions(manifest.versions[name], installed[name]) > 0) {
      throw new UsageError(`This backup was made with ${label} ${manifest.versions[name]}, newer than ${label} ${installed[name]} here: update this cms first.`);
    }
  }
  const known = new Set(knownMigrations());
  const unknown = manifest.database.schema.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new UsageError(`This backup's database has a newer schema (migrations unknown here: ${unknown.join(', ')}): update this cms first.`);
  }
  if (manifest.database.postgres) await checkRestoreTool(manifest.database.postgres.dumpMajor);
}

async function uploadsContent(/** @type {string} */ dir) {
  return existsSync(dir) ? (await readdir(dir)).filter(isContentFile) : [];
}

/**
 * @param {string} archive
 * @param {{ force?: boolean, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<Manifest>}
 */
export async function restoreBackup(archive, { force = false, env = process.env } = {}) {
  const data = cmsData(env);
  const key = backupKey(env);
  if (!existsSync(archive)) throw new UsageError(`There is no file at ${archive}.`);
  const work = await mkdtemp(join(tmpdir(), 'tend-restore-'));
  try {
    let tarFile = archive;
    if (await isEncrypted(archive)) {
      tarFile = join(work, 'archive.tar.gz');
      await decryptFile(archive, tarFile, key);
    }
    const contents = join(work, 'contents');
    await mkdir(contents);
    await unpack(tarFile, contents);
    const manifest = await readManifest(contents);
    await verifyFiles(contents, manifest);
    await checkCompatible(manifest, data.database.kind);

    const databaseEmpty = data.database.kind === 'sqlite' ? sqliteIsEmpty(data.database.file) : await postgresIsEmpty(data.database);
    const uploads = await uploadsContent(data.uploadsDir);
    if ((!databaseEmpty || uploads.length > 0) && !force) {
      const what = [!databaseEmpty && 'its database has tables', uploads.length > 0 && `its uploads folder has ${uploads.length} files`].filter(Boolean).join(' and ');
      throw new UsageError(`This cms is not empty (${what}). Restore into an empty cms, or add --force to replace everything it holds with the backup.`);
    }

    const source = join(contents, manifest.database.file);
    if (data.database.kind === 'sqlite') {
      await mkdir(dirname(data.database.file), { recursive: true });
      restoreSqlite(source, data.database.file);
    } else {
      await restorePostgres(data.database, source, !databaseEmpty);
    }
    await mkdir(data.uploadsDir, { recursive: true });
    for (const name of uploads) await rm(join(data.uploadsDir, name), { recursive: true, force: true });
    await cp(join(contents, 'uploads'), data.uploadsDir, { recursive: true });
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
