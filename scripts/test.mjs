// `pnpm test` / `npm test`: every check CI runs, with a timing summary at the end.
// Each stage is a real command; a stage that cannot run here says so instead of passing quietly.
// Stages that share nothing run side by side (TEND_TEST_JOBS at a time, 2 by default): one after
// another they kept one of two cores busy on average (904 CPU-s in 889 s on a quiet 2-core
// machine), and most of the time goes to two integration suites that each boot a Strapi per
// file on one core. Each output line carries its stage's tag; the whole output of a failing
// stage is printed again at the end.
import { spawn, spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failureDigest, retriedTests } from './test-failures.mjs';
import { scheduleStages } from './test-scheduler.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NUXT_TELEMETRY_DISABLED: '1', CI: process.env.CI ?? '' };
const jobs = Number(process.env.TEND_TEST_JOBS ?? 2);
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error(`TEND_TEST_JOBS must be a whole number of 1 or more (got "${process.env.TEND_TEST_JOBS}")`);
  process.exit(2);
}

const hasCommand = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const postgresUrl = process.env.TEND_TEST_POSTGRES_URL;

// What stages must not share: `uses` names a folder a stage writes (held alone while it runs);
// `after` names stages whose output it needs.
// - web/.nuxt: rewritten by `nuxt typecheck`, by `nuxt build`, and by every web vitest run (its
//   config builds a test Nuxt into .nuxt while loading); only one of them at a time.
//   A web vitest run is done with .nuxt once it prints its "RUN v…" banner (config loaded).
// - cms/dist: `pnpm build` compiles the cms into it, and so does `pnpm gen:check` (Strapi's type
//   generator compiles the app first); `tsc` in typecheck writes its build info there. The integration suites and the end-to-end suite then load it, so they come after the
//   build, and the integration suites do not compile it again (TEND_TEST_CMS_DIST_READY).
const BUILD = 'build cms and web';
const VITEST_STARTED = /^\s*RUN\s+v\d/;
const integration = { TEND_TEST_CMS_DIST_READY: '1' };
const stages = [
  // In order of priority. The build first: the three long suites need it; then the longest.
  // The end-to-end suite last and alone: its browser checks have time limits and "live within
  // 5 s" promises, and beside an integration suite on a busy 2-core machine some ran past 60 s.
  // The contract check comes before the build: `strapi ts:generate-types` compiles the cms into
  // cms/dist too, which must not happen while the build writes it or a suite loads it.
  { name: 'generated contract is current', tag: 'contract', command: 'pnpm', args: ['gen:check'], uses: ['cms/dist'] },
  { name: BUILD, tag: 'build', command: 'pnpm', args: ['build'], uses: ['web/.nuxt', 'cms/dist'] },
  { name: 'lint', tag: 'lint', command: 'pnpm', args: ['lint'] },
  { name: 'unit: shared-types', tag: 'unit-types', command: 'pnpm', args: ['--filter', '@tend/shared-types', 'test'] },
  { name: 'unit: cms', tag: 'unit-cms', command: 'pnpm', args: ['--filter', '@tend/cms', 'exec', 'vitest', 'run', '--project', 'unit'] },
  {
    name: 'integration: cms on SQLite',
    tag: 'sqlite',
    command: 'pnpm',
    args: ['--filter', '@tend/cms', 'exec', 'vitest', 'run', '--project', 'integration'],
    env: { ...integration, TEND_TEST_POSTGRES_URL: '' },
    after: [BUILD],
  },
  postgresUrl
    ? {
        name: 'integration: cms on PostgreSQL',
        tag: 'postgres',
        command: 'pnpm',
        args: ['--filter', '@tend/cms', 'exec', 'vitest', 'run', '--project', 'integration'],
        env: integration,
        after: [BUILD],
      }
    : { name: 'integration: cms on PostgreSQL', notRun: 'set TEND_TEST_POSTGRES_URL (CI does, see .ci/run)' },
  { name: 'typecheck', tag: 'types', command: 'pnpm', args: ['typecheck'], uses: ['web/.nuxt', 'cms/dist'] },
  { name: 'unit: web (utils, components)', tag: 'unit-web', command: 'pnpm', args: ['--filter', '@tend/web', 'test'], uses: ['web/.nuxt'], releaseUsesOn: VITEST_STARTED },
  hasCommand('docker-compose')
    ? {
        name: 'docker-compose.yml is valid',
        tag: 'compose',
        command: 'docker-compose',
        args: ['--env-file', '.env.production.example', '-f', 'docker-compose.yml', 'config', '-q'],
      }
    : { name: 'docker-compose.yml is valid', notRun: 'Debian docker-compose is not installed (CI installs it)' },
  {
    name: 'end-to-end: built cms + web in Chromium',
    tag: 'e2e',
    command: 'pnpm',
    args: ['--filter', '@tend/web', 'test:e2e'],
    uses: ['web/.nuxt'],
    after: [BUILD],
    alone: true,
  },
];

const results = await scheduleStages(stages, { jobs, root, env, spawn });

// A failed stage's lines are scattered among the others' above: here they are again, whole.
for (const { name, tag, status, output } of results) {
  if (status !== 'FAILED') continue;
  console.log(`\n\x1b[31m━━━━ output of the failed stage "${name}" (lines tagged "${tag}" above) ━━━━\x1b[0m`);
  process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
  console.log(`\x1b[31m━━━━ end of "${name}" ━━━━\x1b[0m`);
}

console.log('\nSummary (start = seconds after the first stage started)');
for (const { name, status, seconds, start } of results) {
  const at = start === undefined ? '' : `+${Math.round(start)}`;
  console.log(`  ${status.padEnd(8)} ${String(seconds).padStart(6)} s  ${at.padStart(6)}  ${name}`);
}
const wall = Math.max(0, ...results.map(({ start = 0, seconds }) => start + seconds));
const total = results.reduce((sum, { seconds }) => sum + seconds, 0);
console.log(`  ${Math.round(wall)} s from start to end (${Math.round(total)} s of stages, ${jobs} at a time)`);

const failed = results.filter((result) => result.status !== 'passed' && result.status !== 'not run');
// CI keeps only the last lines of a run: below the summary, name the tests that passed only when
// run again (flaky) and those that failed, so the record says which and why.
function printSection(title, lines) {
  if (lines.length === 0) return;
  console.log(`\n${title}`);
  for (const line of lines) console.log(`  ${line}`);
}
for (const { name, output } of results) printSection(`Passed only when run again, in "${name}" (flaky: worth a look):`, retriedTests(output));
for (const { name, output } of failed) printSection(`Failures in "${name}":`, failureDigest(output));
if (process.env.CI && results.some((result) => result.status === 'not run')) {
  console.log('In CI every stage must run.');
  process.exit(1);
}
process.exit(failed.length > 0 ? 1 : 0);
