// @ts-check
// What a backup or a restore works on, read from the same environment the cms reads
// (config/database.ts and config/server.ts): the database and the uploads folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CMS_DIR = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const REPO_DIR = dirname(CMS_DIR);

/**
 * @typedef {{ kind: 'sqlite', file: string }} SqliteTarget
 * @typedef {{ kind: 'postgres', host: string, port: number, database: string, user: string, password: string, schema: string, ssl: boolean }} PostgresTarget
 * @typedef {SqliteTarget | PostgresTarget} DatabaseTarget
 * @typedef {{ database: DatabaseTarget, uploadsDir: string }} CmsData
 */

/**
 * Loads cms/.env (or ENV_PATH) the way Strapi does, without overriding what the environment
 * already says: a production server sets its variables, a developer's machine has the file.
 */
export function loadCmsEnv() {
  const file = process.env.ENV_PATH ? resolve(CMS_DIR, process.env.ENV_PATH) : join(CMS_DIR, '.env');
  if (!existsSync(file)) return;
  const before = { ...process.env };
  process.loadEnvFile(file);
  Object.assign(process.env, before);
}

/** @param {NodeJS.ProcessEnv} env @returns {CmsData} */
export function cmsData(env = process.env) {
  const client = env.DATABASE_CLIENT || 'sqlite';
  const uploadsDir = join(resolve(CMS_DIR, env.TEND_PUBLIC_DIR || 'public'), 'uploads');
  if (client === 'sqlite') {
    return { database: { kind: 'sqlite', file: resolve(CMS_DIR, env.DATABASE_FILENAME || '.tmp/data.db') }, uploadsDir };
  }
  if (client !== 'postgres') throw new UsageError(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}".`);
  const url = env.DATABASE_URL ? new URL(env.DATABASE_URL) : undefined;
  return {
    database: {
      kind: 'postgres',
      host: url?.hostname || env.DATABASE_HOST || '127.0.0.1',
      port: Number(url?.port || env.DATABASE_PORT || 5432),
      database: url ? decodeURIComponent(url.pathname.slice(1)) : env.DATABASE_NAME || 'tend',
      user: url ? decodeURIComponent(url.username) : env.DATABASE_USERNAME || 'tend',
      password: url ? decodeURIComponent(url.password) : env.DATABASE_PASSWORD || '',
      schema: env.DATABASE_SCHEMA || 'public',
      ssl: env.DATABASE_SSL === 'true',
    },
    uploadsDir,
  };
}

/** A problem the person running the command can fix; printed without a stack trace. */
export class UsageError extends Error {}

/** @param {string} file */
const versionOf = (file) => /** @type {{ version: string }} */ (JSON.parse(readFileSync(file, 'utf8'))).version;

/**
 * The versions a backup records and a restore compares. Tend's is the cms package's (the same
 * number as the repository's, and present in the cms image, which ships cms/ only).
 */
export function installedVersions() {
  return {
    tend: versionOf(join(CMS_DIR, 'package.json')),
    strapi: versionOf(join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'package.json')),
  };
}

/** Names of the project's own database migrations (cms/database/migrations). */
export function knownMigrations() {
  const dir = join(CMS_DIR, 'database', 'migrations');
  return existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('.')) : [];
}
