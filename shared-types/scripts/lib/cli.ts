// `pnpm gen` and `pnpm gen:check`: argument handling and reporting around the generator.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateFiles } from './generate-files.ts';
import { SchemaError } from './model.ts';
import { findStale, writeOutput } from './output.ts';
import { readSchemaSet } from './read-schemas.ts';

export type Io = { out(line: string): void; err(line: string): void };

export const STALE_MESSAGE = 'shared-types is stale: run pnpm gen:types';

/**
 * Runs the generator and returns the exit code.
 * `--check`: compare with the files on disk instead of writing them.
 * `--cms <dir>` (default: ../cms/src) and `--out <dir>` (default: src/generated).
 */
export function run(argv: string[], packageDir: string, io: Io): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        cms: { type: 'string', default: path.join(packageDir, '..', 'cms', 'src') },
        out: { type: 'string', default: path.join(packageDir, 'src', 'generated') },
      },
    }));
  } catch (error) {
    io.err(`shared-types: ${(error as Error).message}`);
    io.err('Usage: node scripts/generate.ts [--check] [--cms <cms/src>] [--out <src/generated>]');
    return 2;
  }
  const outDir = path.resolve(values.out);
  const shown = (name: string) => path.relative(process.cwd(), path.join(outDir, name));
  let files;
  try {
    files = generateFiles(readSchemaSet(path.resolve(values.cms)));
  } catch (error) {
    if (error instanceof SchemaError) {
      io.err(`shared-types: ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (values.check) {
    const stale = findStale(outDir, files);
    for (const { path: name, problem } of stale) {
      io.err(`  ${shown(name)}: ${problem}`);
    }
    if (stale.length > 0) {
      io.err(STALE_MESSAGE);
      return 1;
    }
    io.out('shared-types is up to date.');
    return 0;
  }
  const written = writeOutput(outDir, files);
  for (const { path: name, problem } of written) {
    io.out(`shared-types: ${problem === 'not generated' ? 'removed' : 'wrote'} ${shown(name)}`);
  }
  if (written.length === 0) {
    io.out('shared-types is up to date.');
  }
  return 0;
}
