// Generated articles for scale tests and `pnpm bench:scale`: runs the cms's own generator
// (cms/scripts/generate-articles.mjs, Strapi's Document Service on the built cms/dist) against a
// stack's database while its cms is stopped, so tests and bench share one way to fill an archive.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CMS_DIR } from './builds';

export interface GenerateRequest {
  count: number;
  /** Generated topics the articles are spread over (the generator's default is 40). */
  topics?: number;
}

/** The generator's JSON summary (its last stdout line), plus the wall time of the whole process. */
export interface GenerateSummary {
  created: number;
  kept: number;
  topics: number;
  /** Time spent creating articles, as the generator measured it (Strapi's boot excluded). */
  seconds: number;
  articlesPerSecond: number;
  /** The whole child process: Strapi's boot, the demo seed on an empty database, the articles. */
  wallSeconds: number;
}

function isSummary(value: unknown): value is Omit<GenerateSummary, 'wallSeconds'> {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return ['created', 'kept', 'topics', 'seconds', 'articlesPerSecond'].every((key) => typeof fields[key] === 'number');
}

/**
 * Runs the generator with the cms's environment (database, secrets, NODE_ENV=production for the
 * built dist). With TEND_SEED_ON_EMPTY=true in that environment, Strapi's bootstrap loads the demo
 * seed first on an empty database, exactly as the cms's own first boot would.
 * `log` receives every output line (the stack's log file).
 */
export function runGenerator(request: GenerateRequest, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<GenerateSummary> {
  const args = [join(CMS_DIR, 'scripts', 'generate-articles.mjs'), '--count', String(request.count), '--topics', String(request.topics ?? 40)];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let lastLine = '';
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        log(line);
        if (stream === child.stdout && line.trim()) lastLine = line.trim();
      }
    });
  }
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code !== 0) return reject(new Error(`the article generator failed (code ${code}, signal ${signal})`));
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(lastLine);
      } catch {
        // reported below
      }
      if (!isSummary(parsed)) return reject(new Error(`the article generator printed no JSON summary (last line: ${lastLine.slice(0, 200)})`));
      resolve({ ...parsed, wallSeconds: (performance.now() - started) / 1000 });
    });
  });
}
