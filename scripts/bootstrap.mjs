#!/usr/bin/env node
// Entry point of `npm run dev` / `npm test` (and `pnpm dev` / `pnpm test`). It must run on any
// Node >= 18 with only npm: when the Node on PATH is not the pinned Node 22, it fetches Node 22 and
// pnpm from the npm registry into .tools/ (git-ignored) and continues with them. The system's Node
// is never touched. Plain JavaScript on purpose: nothing is installed yet when it starts.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '22.23.3';
const PNPM_VERSION = '12.4.2';
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tools = join(root, '.tools');
const TASKS = {
  dev: 'scripts/dev.mjs',
  // `start` runs the built product when NODE_ENV=production, the development stack otherwise.
  start: process.env.NODE_ENV === 'production' ? 'scripts/start-production.mjs' : 'scripts/dev.mjs',
  test: 'scripts/test.mjs',
};

function log(message) {
  console.log(`\x1b[36m[tend]\x1b[0m ${message}`);
}

function isSupportedNode(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major === 22 && minor >= 19;
}

function npmInstallInto(prefix, spec, extraArgs = []) {
  mkdirSync(prefix, { recursive: true });
  log(`fetching ${spec} from the npm registry into ${prefix.replace(root + '/', '')}/ …`);
  execFileSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', ...extraArgs, spec],
    { stdio: 'inherit' },
  );
}

/** Re-runs this script under the pinned Node 22 when the current Node is older or newer. */
function ensureNode() {
  if (isSupportedNode(process.version)) return;
  // The platform package holds the plain Node binary and its headers, and has no install script.
  const platformPackage = `node-${process.platform}-${process.arch}`;
  const prefix = join(tools, 'node');
  const nodeBin = join(prefix, 'node_modules', platformPackage, 'bin', 'node');
  if (!existsSync(nodeBin)) {
    log(`Node ${process.version} is on PATH; Tend needs Node 22.19 or newer in the 22 line.`);
    npmInstallInto(prefix, `${platformPackage}@${NODE_VERSION}`, ['--ignore-scripts']);
  }
  const result = spawnSync(nodeBin, process.argv.slice(1), { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

/** Headers for native addons (better-sqlite3): node-gyp cannot download them here. */
function nodeHeadersDir() {
  const prefix = dirname(dirname(realpathSync(process.execPath)));
  const candidates = [prefix, join(prefix, 'node_modules', `node-${process.platform}-${process.arch}`)];
  return candidates.find((dir) => existsSync(join(dir, 'include', 'node', 'node.h')));
}

function pnpmVersionOnPath() {
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function ensurePnpm(env) {
  if (pnpmVersionOnPath() === PNPM_VERSION) return env;
  const prefix = join(tools, 'pnpm');
  const bin = join(prefix, 'node_modules', '.bin');
  if (!existsSync(join(bin, 'pnpm'))) npmInstallInto(prefix, `pnpm@${PNPM_VERSION}`);
  return { ...env, PATH: `${bin}:${env.PATH}` };
}

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Installs dependencies when the lockfile or the Node version changed since the last install. */
function ensureDependencies(env) {
  const lock = readFileSync(join(root, 'pnpm-lock.yaml'));
  const stamp = createHash('sha256').update(lock).update(process.version).digest('hex');
  const stampFile = join(root, 'node_modules', '.tend-install-stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  log('installing dependencies (the first time takes a few minutes: better-sqlite3 compiles from source) …');
  run('pnpm', ['install', '--frozen-lockfile'], env);
  writeFileSync(stampFile, stamp);
}

function main() {
  const task = process.argv[2];
  if (!TASKS[task]) {
    console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(TASKS).join('|')}> [args]`);
    process.exit(2);
  }
  ensureNode();
  let env = {
    ...process.env,
    PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
    STRAPI_TELEMETRY_DISABLED: 'true',
    NUXT_TELEMETRY_DISABLED: '1',
  };
  const headers = nodeHeadersDir();
  if (headers) env.npm_config_nodedir = headers;
  env = ensurePnpm(env);
  ensureDependencies(env);
  run(process.execPath, [join(root, TASKS[task]), ...process.argv.slice(3)], env);
}

main();
