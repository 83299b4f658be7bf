// @ts-check
// SQLite through better-sqlite3's online backup API: a consistent copy of a database that the
// running cms may be writing to (copying the file itself could catch half a transaction).
import { chmodSync, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CMS_DIR } from './settings.mjs';

/** @typedef {import('better-sqlite3').Database} SqliteDatabase */
/** @typedef {{ schemaHash: string | null, internalMigrations: string[], migrations: string[] }} SchemaState */

const require = createRequire(join(CMS_DIR, 'package.json'));
/** @type {typeof import('better-sqlite3')} */
const Database = require('better-sqlite3');

/** @param {SqliteDatabase} db @param {string} table */
const hasTable = (db, table) => db.prepare('SELECT 1 FROM sqlite_master WHERE type = \'table\' AND name = ?').get(table) !== undefined;

/** @param {SqliteDatabase} db @returns {SchemaState} */
function schemaState(db) {
  /** @param {string} table */
  const names = (table) => (hasTable(db, table) ? /** @type {{ name: string }[]} */ (db.prepare(`SELECT name FROM ${table} ORDER BY id`).all()).map((row) => row.name) : []);
  const schema = hasTable(db, 'strapi_database_schema')
    ? /** @type {{ hash: string } | undefined} */ (db.prepare('SELECT hash FROM strapi_database_schema ORDER BY id DESC LIMIT 1').get())
    : undefined;
  return { schemaHash: schema?.hash ?? null, internalMigrations: names('strapi_migrations_internal'), migrations: names('strapi_migrations') };
}

/** Writes a consistent copy of the live database to `destination`; returns its schema state. */
export async function backupSqlite(/** @type {string} */ file, /** @type {string} */ destination) {
  if (!existsSync(file)) throw new Error(`There is no database at ${file}: is DATABASE_FILENAME right?`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
    return schemaState(db);
  } finally {
    db.close();
  }
}

/** The schema state recorded in a backed-up database file. */
export function sqliteSchemaState(/** @type {string} */ file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return schemaState(db);
  } finally {
    db.close();
  }
}

/** True when the cms has not created anything yet (no file, an empty file or no tables). */
export function sqliteIsEmpty(/** @type {string} */ file) {
  if (!existsSync(file) || statSync(file).size === 0) return true;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) AS n FROM sqlite_master WHERE type = \'table\'').get()?.n === 0;
  } finally {
    db.close();
  }
}

/** Puts the backed-up file in place (copied beside it, then renamed, so no half file is ever live). */
export function restoreSqlite(/** @type {string} */ source, /** @type {string} */ file) {
  const partial = `${file}.restoring`;
  copyFileSync(source, partial);
  chmodSync(partial, 0o600); // personal data: readable by the cms's user only
  // Journal files of the database being replaced belong to it, not to the restored one.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
  renameSync(partial, file);
}
