// `pnpm gen:types` and `pnpm gen:check` (--check): both generated outputs of the Strapi schemas,
// the zod contract (shared-types/src/generated) and Strapi's own types (cms/types/generated).
// Both always run, so a check names every stale file at once; each prints how long it took.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const check = process.argv.includes('--check');
const flags = check ? ['--check'] : [];
const steps = [
  ['zod contract (shared-types)', join(root, 'shared-types', 'scripts', 'generate.ts')],
  ['Strapi\'s types (cms/types/generated)', join(root, 'cms', 'scripts', 'strapi-types.mjs')],
];

let failed = false;
for (const [name, script] of steps) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [script, ...flags], { stdio: 'inherit', cwd: root });
  failed ||= result.status !== 0;
  console.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
process.exitCode = failed ? 1 : 0;
