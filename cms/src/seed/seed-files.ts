import fs from 'node:fs';
import path from 'node:path';

/** The demo content lives as plain files in cms/seed/, outside the compiled code. */
export function seedDir(): string {
  return path.resolve(process.env.TEND_SEED_DIR ?? path.join(process.cwd(), 'seed'));
}

export function readSeedText(...parts: string[]): string {
  return fs.readFileSync(path.join(seedDir(), ...parts), 'utf8');
}

export function readSeedJson<T>(...parts: string[]): T {
  return JSON.parse(readSeedText(...parts)) as T;
}

export function listArticleFiles(): string[] {
  return fs
    .readdirSync(path.join(seedDir(), 'articles'))
    .filter((name) => name.endsWith('.md'))
    .sort();
}
