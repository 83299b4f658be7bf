// `pnpm test` / `npm test`: every check CI runs, in order, with a timing summary at the end.
// Each stage is a real command; a stage that cannot run here says so instead of passing quietly.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NUXT_TELEMETRY_DISABLED: '1', CI: process.env.CI ?? '' };

const hasCommand = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const postgresUrl = process.env.TEND_TEST_POSTGRES_URL;

const stages = [
  ['lint', 'pnpm', ['lint']],
  ['generated contract is current', 'pnpm', ['gen:check']],
  ['typecheck', 'pnpm', ['typecheck']],
  ['unit: shared-types', 'pnpm', ['--filter', '@tend/shared-types', 'test']],
  ['unit: cms', 'pnpm', ['--filter', '@tend/cms', 'exec', 'vitest', 'run', '--project', 'unit']],
  ['unit: web (utils, components)', 'pnpm', ['--filter', '@tend/web', 'test']],
  ['integration: cms on SQLite', 'pnpm', ['--filter', '@tend/cms', 'exec', 'vitest', 'run', '--project', 'integration'], { TEND_TEST_POSTGRES_URL: '' }],
  postgresUrl
    ? ['integration: cms on PostgreSQL', 'pnpm', ['--filter', '@tend/cms', 'exec', 'vitest', 'run', '--project', 'integration']]
    : ['integration: cms on PostgreSQL', null, 'not run: set TEND_TEST_POSTGRES_URL (CI does, see .ci/run)'],
  ['build cms and web', 'pnpm', ['build']],
  ['end-to-end: built cms + web in Chromium', 'pnpm', ['--filter', '@tend/web', 'test:e2e']],
  hasCommand('docker-compose')
    ? ['docker-compose.yml is valid', 'docker-compose', ['--env-file', '.env.production.example', '-f', 'docker-compose.yml', 'config', '-q']]
    : ['docker-compose.yml is valid', null, 'not run: Debian docker-compose is not installed (CI installs it)'],
];

const results = [];
for (const [name, command, args, extraEnv] of stages) {
  if (command === null) {
    console.log(`\n\x1b[33m▶ ${name}: ${args}\x1b[0m`);
    results.push({ name, status: 'not run', seconds: 0 });
    continue;
  }
  console.log(`\n\x1b[36m▶ ${name}\x1b[0m`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: { ...env, ...extraEnv } });
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  results.push({ name, status: result.status === 0 ? 'passed' : 'FAILED', seconds });
}

console.log('\nSummary');
for (const { name, status, seconds } of results) {
  console.log(`  ${status.padEnd(8)} ${String(seconds).padStart(6)} s  ${name}`);
}
const failed = results.filter((result) => result.status === 'FAILED');
if (process.env.CI && results.some((result) => result.status === 'not run')) {
  console.log('In CI every stage must run.');
  process.exit(1);
}
process.exit(failed.length > 0 ? 1 : 0);
