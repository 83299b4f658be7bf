// Where the builds live, and a clear refusal when they are missing. The e2e suite tests what
// would be deployed, so it never builds anything itself.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = fileURLToPath(new URL('../../../../', import.meta.url));
/** TEND_E2E_CMS_DIR points the suite at a cms built elsewhere (e.g. a scratch copy, while `strapi develop` rewrites cms/dist). */
export const CMS_DIR = process.env.TEND_E2E_CMS_DIR ?? join(REPO_DIR, 'cms');
export const WEB_DIR = join(REPO_DIR, 'web');
/** TEND_E2E_WEB_OUTPUT points the suite at a web build made elsewhere (e.g. a scratch copy). */
export const WEB_OUTPUT = process.env.TEND_E2E_WEB_OUTPUT ?? join(WEB_DIR, '.output');

const REQUIRED = [
  { file: join(CMS_DIR, 'dist', 'src', 'index.js'), what: 'the compiled cms (cms/dist)', build: 'pnpm --filter @tend/cms build' },
  { file: join(WEB_OUTPUT, 'server', 'index.mjs'), what: 'the web build (web/.output)', build: 'pnpm --filter @tend/web build' },
];

export function checkBuilds(): void {
  const missing = REQUIRED.filter(({ file }) => !existsSync(file));
  if (missing.length > 0) {
    const lines = missing.map(({ file, what, build }) => `  - ${what}: ${file} is missing → run \`${build}\``);
    throw new Error(`The e2e suite runs the BUILT cms and web, and a build is missing:\n${lines.join('\n')}`);
  }
  // Readers' pages never touch the dashboard, and `strapi develop` (pnpm dev) deletes this folder,
  // so a missing dashboard build is worth a word, not a failed run.
  if (!existsSync(join(CMS_DIR, 'dist', 'build', 'index.html'))) {
    console.warn('[e2e] cms/dist/build (the dashboard) is missing: /admin will not work in this run (`pnpm --filter @tend/cms build`).');
  }
  warnIfStale(join(CMS_DIR, 'dist', 'src', 'index.js'), ['src', 'config', 'seed'].map((dir) => join(CMS_DIR, dir)), 'cms');
  warnIfStale(join(WEB_OUTPUT, 'server', 'index.mjs'), ['app', 'server', 'shared', 'content', 'public', 'nuxt.config.ts'].map((dir) => join(WEB_DIR, dir)), 'web');
}

/** A build older than its sources still runs, but the failures it produces mislead: say so. */
function warnIfStale(builtFile: string, sources: string[], name: string): void {
  const built = statSync(builtFile).mtimeMs;
  const newer = sources.flatMap((source) => newerFiles(source, built)).slice(0, 3);
  if (newer.length > 0) {
    console.warn(
      `[e2e] the ${name} build is older than its sources (e.g. ${newer.map((file) => file.slice(REPO_DIR.length)).join(', ')}); `
      + `rebuild with \`pnpm --filter @tend/${name} build\` if that matters for this run.`,
    );
  }
}

function newerFiles(path: string, than: number): string[] {
  if (!existsSync(path)) return [];
  const stat = statSync(path);
  if (stat.isFile()) return stat.mtimeMs > than ? [path] : [];
  return readdirSync(path).flatMap((entry) => (entry === 'node_modules' ? [] : newerFiles(join(path, entry), than)));
}
