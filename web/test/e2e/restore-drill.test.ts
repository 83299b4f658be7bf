// The restore drill, as docs/deployment.md asks the practice to run it: a stack of its own with
// the demo content, a consultation request and an uploaded image; `pnpm backup`; every byte of
// data destroyed (database, uploads, the web's cache and outbox); `pnpm restore` into the empty
// stack; then articles, requests, media and a rendered page compared byte for byte with before.
// SQLite always; PostgreSQL (pg_dump / pg_restore) too when TEND_TEST_POSTGRES_URL is set (CI).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { Admin, tinyPng } from './support/admin';
import { CMS_DIR } from './support/builds';
import { enquiriesFrom, formFields, postFrom, type Reader, uniqueReader } from './support/consultation';
import { failureLog } from './support/context';
import { get } from './support/http';
import { Stack } from './support/stack';

const run = promisify(execFile);
const postgresServer = process.env.TEND_TEST_POSTGRES_URL;

interface Snapshot {
  articles: string;
  requests: string;
  mediaLibrary: string;
  image: Buffer;
  page: string;
}

/** What readers and the therapist see, as raw bytes and texts. */
async function snapshot(stack: Stack, admin: Admin, reader: Reader, imagePath: string, articlePath: string): Promise<Snapshot> {
  const articles = await fetch(`${stack.cmsUrl}/api/articles?status=published&sort=documentId&pagination[pageSize]=100`, {
    headers: { Authorization: `Bearer ${stack.tokens.read}` },
  });
  const media = await fetch(`${stack.webUrl}${imagePath}`);
  const library = await admin.expectOk<{ results: { name: string; hash: string; size: number; url: string }[] }>('GET', '/upload/files?page=1&pageSize=100&sort=id:ASC');
  return {
    articles: await articles.text(),
    requests: JSON.stringify(await enquiriesFrom(admin, reader.email)),
    mediaLibrary: JSON.stringify(library.results.map(({ name, hash, size, url }) => ({ name, hash, size, url }))),
    image: Buffer.from(await media.arrayBuffer()),
    page: (await get(stack.webUrl, articlePath)).text,
  };
}

async function pnpm(script: 'backup' | 'restore', args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run(process.execPath, [join(CMS_DIR, 'scripts', `${script}.mjs`), ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  return stdout;
}

async function psql(server: string, sql: string): Promise<void> {
  await run('psql', [server, '-v', 'ON_ERROR_STOP=1', '-qc', sql]);
}

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

/** `emptyDatabase` destroys what wipeData() cannot (a PostgreSQL database). */
async function drill(options: { postgresUrl?: string; emptyDatabase?: () => Promise<void> }): Promise<void> {
  stack = await Stack.start({ ownUploads: true, postgresUrl: options.postgresUrl });
  failureLog.file = stack.logFile;
  const admin = await Admin.signIn(stack.info());

  await admin.uploadImage('restore-drill.png', tinyPng(), 'A calm green square');
  const library = await admin.expectOk<{ results: { name: string; url: string }[] }>('GET', '/upload/files?page=1&pageSize=100');
  const imagePath = library.results.find((file) => file.name === 'restore-drill.png')!.url.replace(/^\/uploads\//, '/media/');
  const reader = uniqueReader('drill');
  const sent = await postFrom(stack.webUrl, '/api/consultation', JSON.stringify(formFields(reader)), 'application/json');
  expect(sent.status).toBe(201);
  const articlePath = (await get(stack.webUrl, '/articles')).text.match(/href="(\/articles\/[\w-]+)"/)![1]!;

  const before = await snapshot(stack, admin, reader, imagePath, articlePath);
  expect(JSON.parse(before.requests), 'the request reached the cms').toHaveLength(1);
  // Strapi re-encodes uploads, so the served bytes are compared with themselves after the restore.
  expect(before.image.subarray(1, 4).toString(), 'the image is served').toBe('PNG');

  const backupDir = join(stack.runDir, 'backups');
  const env = { ...stack.cmsEnvironment(), TEND_BACKUP_KEY: randomBytes(24).toString('hex') };
  await pnpm('backup', ['--out', backupDir], env);
  const [archive] = readdirSync(backupDir);

  await stack.stopWeb();
  await stack.stopCms();
  stack.wipeData();
  await options.emptyDatabase?.();

  await pnpm('restore', [join(backupDir, archive!)], env);
  await stack.startCms();
  await stack.startWeb();

  const after = await snapshot(stack, admin, reader, imagePath, articlePath);
  expect(after.articles).toBe(before.articles);
  expect(after.requests).toBe(before.requests);
  expect(after.mediaLibrary).toBe(before.mediaLibrary);
  expect(after.image.equals(before.image)).toBe(true);
  expect(after.page).toBe(before.page);
}

describe('restore drill', { timeout: 240_000 }, () => {
  test('SQLite: backup, destroy everything, restore into the empty stack: the same articles, requests, media and page', async () => {
    await drill({});
  });

  // Defined only where a PostgreSQL server is given (CI always gives one): never a skipped test.
  if (postgresServer) {
    test('PostgreSQL: the same drill through pg_dump and pg_restore', async () => {
      const name = `tend_drill_${randomBytes(4).toString('hex')}`;
      await psql(postgresServer, `CREATE DATABASE ${name}`);
      const url = new URL(postgresServer);
      url.pathname = `/${name}`;
      const emptyDatabase = async () => {
        await psql(postgresServer, `DROP DATABASE ${name} WITH (FORCE)`);
        await psql(postgresServer, `CREATE DATABASE ${name}`);
      };
      try {
        await drill({ postgresUrl: url.toString(), emptyDatabase });
      } finally {
        await stack?.stop();
        await psql(postgresServer, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    });
  }
});
