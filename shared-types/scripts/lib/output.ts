// Compares generated files with src/generated/ on disk, and writes them.
import fs from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from './model.ts';
import { byCodeUnit } from './names.ts';

export type Staleness = { path: string; problem: 'missing' | 'differs' | 'not generated' };

function existingFiles(outDir: string): string[] {
  if (!fs.existsSync(outDir)) {
    return [];
  }
  return fs
    .readdirSync(outDir)
    .filter((name) => name.endsWith('.ts'))
    .sort(byCodeUnit);
}

/** Files on disk that do not match the generated ones (empty when up to date). */
export function findStale(outDir: string, files: GeneratedFile[]): Staleness[] {
  const stale: Staleness[] = [];
  for (const file of files) {
    const target = path.join(outDir, file.path);
    if (!fs.existsSync(target)) {
      stale.push({ path: file.path, problem: 'missing' });
    } else if (fs.readFileSync(target, 'utf8') !== file.contents) {
      stale.push({ path: file.path, problem: 'differs' });
    }
  }
  const generated = new Set(files.map((file) => file.path));
  for (const name of existingFiles(outDir)) {
    if (!generated.has(name)) {
      stale.push({ path: name, problem: 'not generated' });
    }
  }
  return stale;
}

/** Brings outDir up to date: rewrites changed files, removes .ts files no longer generated. */
export function writeOutput(outDir: string, files: GeneratedFile[]): Staleness[] {
  const stale = findStale(outDir, files);
  fs.mkdirSync(outDir, { recursive: true });
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const { path: name } of stale) {
    const file = byPath.get(name);
    if (file === undefined) {
      fs.rmSync(path.join(outDir, name));
    } else {
      fs.writeFileSync(path.join(outDir, name), file.contents);
    }
  }
  return stale;
}
