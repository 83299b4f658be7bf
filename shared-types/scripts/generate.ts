// Generates src/generated/ from the Strapi schemas: `node scripts/generate.ts [--check]`.
// The work happens in ./lib (pure functions); this file only wires it to the process.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './lib/cli.ts';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

process.exitCode = run(process.argv.slice(2), packageDir, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
