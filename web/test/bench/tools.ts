// The programs the bench drives that do not come from npm. Looked up before the stack starts, so a
// missing one stops the run at once with the command that installs it, never a silent skip.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Tools {
  chromium: string;
  nginx: string;
  wrk: string;
}

interface Wanted {
  name: keyof Tools;
  /** Environment variable that overrides the lookup. */
  env: string;
  candidates: string[];
  install: string;
}

const WANTED: Wanted[] = [
  { name: 'chromium', env: 'CHROMIUM_PATH', candidates: ['/usr/bin/chromium'], install: 'apt-get install -y chromium' },
  { name: 'nginx', env: 'NGINX_PATH', candidates: ['/usr/sbin/nginx', 'nginx'], install: 'apt-get install -y nginx-light   (or nginx)' },
  { name: 'wrk', env: 'WRK_PATH', candidates: ['/usr/bin/wrk', 'wrk'], install: 'apt-get install -y wrk' },
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A bare name is looked up on PATH; a path is taken as it is. */
function resolve(candidate: string): string | null {
  if (candidate.includes('/')) return executable(candidate) ? candidate : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.map((dir) => join(dir, candidate)).find(executable) ?? null;
}

/** One tool's path, or an error naming its install command (`pnpm bench:scale` needs wrk only). */
export function findTool(name: keyof Tools): string {
  const wanted = WANTED.find((candidate) => candidate.name === name)!;
  const path = locate(wanted);
  if (!path) throw new Error(`this benchmark needs ${name}, which is not installed: ${wanted.install} (as root; see web/test/bench/README.md)`);
  return path;
}

function locate(wanted: Wanted): string | null {
  const override = process.env[wanted.env];
  return override ? resolve(override) : (wanted.candidates.map(resolve).find((p) => p !== null) ?? null);
}

/** The tools' paths, or an error listing every missing one with its install command. */
export function findTools(): Tools {
  const found: Partial<Tools> = {};
  const missing: string[] = [];
  for (const wanted of WANTED) {
    const override = process.env[wanted.env];
    const path = locate(wanted);
    if (path) found[wanted.name] = path;
    else missing.push(`  - ${wanted.name}${override ? ` (${wanted.env}=${override} is not executable)` : ''}: ${wanted.install}`);
  }
  if (missing.length > 0) {
    throw new Error(`pnpm bench needs programs that are not installed:\n${missing.join('\n')}\n(as root; see web/test/bench/README.md)`);
  }
  return found as Tools;
}
