/**
 * `pnpm backup` / `pnpm restore` run as the therapist's administrator runs them (the real
 * commands, a real SQLite file through better-sqlite3, real files): what comes back is what went
 * in, and every archive that must not be restored is refused with a message that says why,
 * before anything is touched. The whole drill on a running stack is web/test/e2e/restore-drill.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, extract } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const Database = createRequire(import.meta.url)('better-sqlite3') as new (file: string, options?: { readonly?: boolean }) => {
  exec(sql: string): void;
  prepare(sql: string): { all(): unknown[] };
  close(): void;
};
const KEY = 'a-passphrase-of-at-least-thirty-two-characters';
const IMAGE = Buffer.from('not really a png, but bytes all the same');

interface Place {
  dir: string;
  env: Record<string, string>;
}

let root: string;
let source: Place;

function place(name: string): Place {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  return { dir, env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db'), TEND_PUBLIC_DIR: path.join(dir, 'public') } };
}

function run(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join(cmsDir, 'scripts', `${script}.mjs`), ...args], {
    env: { PATH: process.env.PATH, ENV_PATH: path.join(root, 'no-such.env'), ...env },
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function backup(env: Record<string, string>, out = path.join(root, `out-${Math.random().toString(36).slice(2)}`)): string {
  const result = run('backup', ['--out', out], env);
  expect(result.status, result.out).toBe(0);
  const [name] = readdirSync(out);
  return path.join(out, name!);
}

const titles = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT title FROM articles ORDER BY id').all();
  } finally {
    db.close();
  }
};

/** Unpacks an archive, lets `change` edit it, packs it again (the manifest is left as `change` leaves it). */
async function repack(archive: string, change: (dir: string) => void): Promise<string> {
  const dir = mkdtempSync(path.join(root, 'repack-'));
  await extract({ file: archive, cwd: dir });
  change(dir);
  const file = `${dir}.tar.gz`;
  await create({ gzip: true, cwd: dir, file }, readdirSync(dir));
  return file;
}

const editManifest = (dir: string, edit: (manifest: { versions: { strapi: string }; database: { schema: { migrations: string[] } } }) => void) => {
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest));
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tend-backup-test-'));
  source = place('source');
  const db = new Database(source.env.DATABASE_FILENAME!);
  db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO articles (title) VALUES (\'Anxiety at night\'), (\'Grief\');');
  db.close();
  mkdirSync(path.join(source.dir, 'public', 'uploads'), { recursive: true });
  writeFileSync(path.join(source.dir, 'public', 'uploads', 'cover.png'), IMAGE);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('pnpm backup, then pnpm restore into an empty cms', { timeout: 60_000 }, () => {
  it('writes one archive readable by its owner only, and restores the same rows and files', () => {
    const archive = backup(source.env);
    expect(statSync(archive).mode & 0o777).toBe(0o600);

    const target = place('empty');
    const result = run('restore', [archive], target.env);
    expect(result.status, result.out).toBe(0);
    expect(titles(target.env.DATABASE_FILENAME!)).toEqual(titles(source.env.DATABASE_FILENAME!));
    expect(readFileSync(path.join(target.dir, 'public', 'uploads', 'cover.png'))).toEqual(IMAGE);
  });

  it('refuses a cms that already holds data, unless told --force', () => {
    const archive = backup(source.env);
    const target = place('full');
    const db = new Database(target.env.DATABASE_FILENAME!);
    db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO articles (title) VALUES (\'Someone else\'\'s\');');
    db.close();

    const refused = run('restore', [archive], target.env);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('This cms is not empty');
    expect(refused.out).toContain('--force');
    expect(titles(target.env.DATABASE_FILENAME!)).toEqual([{ title: 'Someone else\'s' }]);

    expect(run('restore', [archive, '--force'], target.env).status).toBe(0);
    expect(titles(target.env.DATABASE_FILENAME!)).toEqual(titles(source.env.DATABASE_FILENAME!));
  });
});

describe('pnpm restore refuses, with a message, and touches nothing', { timeout: 60_000 }, () => {
  const refuses = (archive: string, message: string, env: Record<string, string> = {}) => {
    const target = place(`refused-${Math.random().toString(36).slice(2)}`);
    const result = run('restore', [archive], { ...target.env, ...env });
    expect(result.status, result.out).toBe(1);
    expect(result.out).toContain(message);
    expect(result.out).not.toMatch(/\bat .+:\d+:\d+/); // a sentence, not a stack trace
    expect(readdirSync(target.dir)).toEqual([]);
  };

  it('a cut-short archive', () => {
    const archive = backup(source.env);
    const cut = path.join(root, 'cut.tar.gz');
    writeFileSync(cut, readFileSync(archive).subarray(0, Math.floor(statSync(archive).size / 2)));
    refuses(cut, 'The backup is damaged or cut short');
  });

  it('a file changed inside the archive', async () => {
    const changed = await repack(backup(source.env), (dir) => writeFileSync(path.join(dir, 'uploads', 'cover.png'), 'tampered'));
    refuses(changed, 'uploads/cover.png does not match its checksum');
  });

  it('an encrypted archive without the key, with the wrong key, or with one byte flipped', () => {
    const archive = backup({ ...source.env, TEND_BACKUP_KEY: KEY });
    expect(archive.endsWith('.enc')).toBe(true);
    refuses(archive, 'This backup is encrypted: set TEND_BACKUP_KEY');
    refuses(archive, 'TEND_BACKUP_KEY is not the key this backup was made with', { TEND_BACKUP_KEY: `${KEY}-other` });
    const flipped = path.join(root, 'flipped.enc');
    const bytes = readFileSync(archive);
    bytes[bytes.length - 40]! ^= 0xff;
    writeFileSync(flipped, bytes);
    refuses(flipped, 'The backup is damaged or cut short', { TEND_BACKUP_KEY: KEY });

    const target = place('encrypted');
    expect(run('restore', [archive], { ...target.env, TEND_BACKUP_KEY: KEY }).status).toBe(0);
    expect(titles(target.env.DATABASE_FILENAME!)).toEqual(titles(source.env.DATABASE_FILENAME!));
  });

  it('a backup of another kind of database', () => {
    refuses(backup(source.env), 'This backup holds a SQLite database, and this cms uses PostgreSQL', { DATABASE_CLIENT: 'postgres' });
  });

  it('a backup from a newer Strapi or with a newer schema', async () => {
    const archive = backup(source.env);
    refuses(await repack(archive, (dir) => editManifest(dir, (m) => (m.versions.strapi = '99.0.0'))), 'made with Strapi 99.0.0, newer than');
    refuses(await repack(archive, (dir) => editManifest(dir, (m) => m.database.schema.migrations.push('2099.01.01-future.js'))), 'newer schema');
  });

  it('something that is not a Tend backup', () => {
    const notes = path.join(root, 'notes.txt');
    writeFileSync(notes, 'hello');
    refuses(notes, 'The backup is damaged or cut short');
  });
});
