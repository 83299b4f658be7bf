// @ts-check
// PostgreSQL through Debian's pg_dump / pg_restore (custom format): consistent while the cms
// runs, and restorable by any pg_restore of the same major version or newer.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CMS_DIR, UsageError } from './settings.mjs';

/** @typedef {import('./settings.mjs').PostgresTarget} PostgresTarget */
/** @typedef {import('./sqlite.mjs').SchemaState} SchemaState */

const require = createRequire(join(CMS_DIR, 'package.json'));
/** @type {typeof import('pg')} */
const pg = require('pg');

/** libpq's own variables: the password never appears on a command line. */
const libpqEnv = (/** @type {PostgresTarget} */ target) => ({
  ...process.env,
  PGHOST: target.host,
  PGPORT: String(target.port),
  PGDATABASE: target.database,
  PGUSER: target.user,
  PGPASSWORD: target.password,
  PGSSLMODE: target.ssl ? 'require' : 'prefer',
});

/** @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} env @returns {Promise<string>} */
function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', (error) =>
      reject(/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT' ? new UsageError(`${command} is not installed: apt-get install postgresql-client`) : error));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} failed (exit ${code}): ${err.trim()}`))));
  });
}

/** Major version of a PostgreSQL client tool, e.g. 15 for "pg_dump (PostgreSQL) 15.14". */
async function toolMajor(/** @type {string} */ tool) {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(await run(tool, ['--version'], process.env));
  if (!match) throw new Error(`could not read the version of ${tool}`);
  return Number(match[1]);
}

/** @template T @param {PostgresTarget} target @param {(client: import('pg').Client) => Promise<T>} work @returns {Promise<T>} */
async function withClient(target, work) {
  const client = new pg.Client({ host: target.host, port: target.port, database: target.database, user: target.user, password: target.password, ssl: target.ssl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** @param {import('pg').Client} client @param {string} schema @returns {Promise<SchemaState>} */
async function schemaState(client, schema) {
  const tables = new Set(
    (await client.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [schema])).rows.map((row) => String(row.table_name)),
  );
  const quoted = (/** @type {string} */ name) => `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
  const names = async (/** @type {string} */ table) =>
    tables.has(table) ? (await client.query(`SELECT name FROM ${quoted(table)} ORDER BY id`)).rows.map((row) => String(row.name)) : [];
  const hash = tables.has('strapi_database_schema')
    ? (await client.query(`SELECT hash FROM ${quoted('strapi_database_schema')} ORDER BY id DESC LIMIT 1`)).rows[0]?.hash
    : undefined;
  return { schemaHash: hash ?? null, internalMigrations: await names('strapi_migrations_internal'), migrations: await names('strapi_migrations') };
}

/**
 * Dumps the cms's schema to `destination`. pg_dump must be at least the server's major version
 * (an older one refuses, or worse on other builds, misses newer catalog features).
 */
export async function backupPostgres(/** @type {PostgresTarget} */ target, /** @type {string} */ destination) {
  const { serverMajor, state } = await withClient(target, async (client) => ({
    serverMajor: Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000),
    state: await schemaState(client, target.schema),
  }));
  const dumpMajor = await toolMajor('pg_dump');
  if (dumpMajor < serverMajor) {
    throw new UsageError(`pg_dump ${dumpMajor} is older than the PostgreSQL ${serverMajor} server: install postgresql-client-${serverMajor}.`);
  }
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--schema=${target.schema}`, `--file=${destination}`], libpqEnv(target));
  return { state, serverMajor, dumpMajor };
}

/** True when the cms's schema holds no table yet. */
export function postgresIsEmpty(/** @type {PostgresTarget} */ target) {
  return withClient(target, async (client) => {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1', [target.schema]);
    return rows[0].n === 0;
  });
}

/** pg_restore reads dumps of its own major version and older ones only. */
export async function checkRestoreTool(/** @type {number} */ dumpMajor) {
  const restoreMajor = await toolMajor('pg_restore');
  if (restoreMajor < dumpMajor) {
    throw new UsageError(`This backup was written by pg_dump ${dumpMajor}; pg_restore here is ${restoreMajor}: install postgresql-client-${dumpMajor} or newer.`);
  }
}

/**
 * Loads the dump in one transaction: either all of it or nothing. The schema itself already
 * exists (an empty `public`, or recreated here with `replace`), so its own creation is left out.
 */
export async function restorePostgres(/** @type {PostgresTarget} */ target, /** @type {string} */ dump, /** @type {boolean} */ replace) {
  if (replace) {
    await withClient(target, async (client) => {
      const schema = client.escapeIdentifier(target.schema);
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    });
  }
  const env = libpqEnv(target);
  const ownSchema = new RegExp(`^\\d+; \\d+ \\d+ (SCHEMA|COMMENT) - (SCHEMA )?${target.schema.replace(/[^A-Za-z0-9_]/g, '\\$&')} `);
  const list = (await run('pg_restore', ['--list', dump], env))
    .split('\n')
    .filter((line) => !ownSchema.test(line))
    .join('\n');
  const listFile = `${dump}.list`;
  await writeFile(listFile, list, { mode: 0o600 });
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--use-list=${listFile}`, `--dbname=${target.database}`, dump], env);
}

export { schemaState as postgresSchemaState };
