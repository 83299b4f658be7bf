// `pnpm bench:scale` on PostgreSQL: a fresh database per archive size on the server that
// TEND_TEST_POSTGRES_URL names (a role allowed to create databases), dropped afterwards. Uses
// Debian's psql, so the web package needs no database driver.
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function freshPostgresDatabase(count: number): Promise<FreshDatabase> {
  const server = process.env.TEND_TEST_POSTGRES_URL;
  if (!server) throw new Error('TEND_SCALE_DB=postgres needs TEND_TEST_POSTGRES_URL (e.g. postgres://tend:tend@127.0.0.1:5432/postgres)');
  const name = `tend_scale_${count}_${randomBytes(4).toString('hex')}`;
  await run('psql', [server, '-v', 'ON_ERROR_STOP=1', '-c', `CREATE DATABASE ${name}`]);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await run('psql', [server, '-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]).catch(() => undefined);
    },
  };
}
