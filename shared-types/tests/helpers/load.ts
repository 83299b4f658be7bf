// Writes generated code into shared-types/.tmp/ and imports it, so tests run the real output.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { generateFiles } from '../../scripts/lib/generate-files.ts';
import type { SchemaSet } from '../../scripts/lib/model.ts';

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const tmpRoot = path.join(packageDir, '.tmp');

const created: string[] = [];

/** A fresh folder under .tmp/ (inside the package, so `zod` resolves from node_modules). */
export function makeTmpDir(): string {
  const dir = path.join(tmpRoot, randomUUID());
  fs.mkdirSync(dir, { recursive: true });
  created.push(dir);
  return dir;
}

/** Removes the folders this test file created (test files run in parallel). */
export function removeTmpDirs(): void {
  for (const dir of created.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Generates code for `set` into `<tmp>/generated/`, with `<tmp>/strapi` linked to src/strapi
 * (the generated modules import `../strapi/...`). Returns the folder.
 */
export function writeGenerated(set: SchemaSet): string {
  const dir = makeTmpDir();
  fs.mkdirSync(path.join(dir, 'generated'));
  fs.symlinkSync(path.join(packageDir, 'src', 'strapi'), path.join(dir, 'strapi'), 'dir');
  for (const file of generateFiles(set)) {
    fs.writeFileSync(path.join(dir, 'generated', file.path), file.contents);
  }
  return dir;
}

export type Schemas = Record<string, z.ZodObject>;

/** Generates code for `set` and imports it: the exported schemas by name. */
export async function loadGenerated(set: SchemaSet): Promise<Schemas> {
  const dir = writeGenerated(set);
  return (await import(path.join(dir, 'generated', 'index.ts'))) as Schemas;
}

/** The schema `name`, failing clearly when the generated module does not export it. */
export function schemaOf(schemas: Schemas, name: string): z.ZodObject {
  const schema = schemas[name];
  if (schema === undefined) {
    throw new Error(`The generated code does not export ${name}`);
  }
  return schema;
}
