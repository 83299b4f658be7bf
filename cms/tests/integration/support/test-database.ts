import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  env: Record<string, string>;
  label: string;
  drop(): Promise<void>;
}

/**
 * SQLite in a temporary file by default; a fresh PostgreSQL database per test file when
 * TEND_TEST_POSTGRES_URL points at a server (CI starts Debian's PostgreSQL and sets it).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEND_TEST_POSTGRES_URL;
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(scratchDir(), 'tend-cms-test-'));
    return {
      label: 'sqlite',
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }

  const name = `tend_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    label: 'postgres',
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    // Best effort: the server is a throwaway one, and a lingering connection must not fail a run.
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name}`);
      } catch (error) {
        console.warn(`could not drop ${name}: ${String(error)}`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A fresh SQLite database costs about 2,000 fsyncs while Strapi creates its schema: seconds of
 * waiting per boot on a disk, none in memory. The file is thrown away after the test file, so
 * keep it in /dev/shm (tmpfs) where there is one; SQLite itself works exactly the same.
 */
function scratchDir(): string {
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
}
