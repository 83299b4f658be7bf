// Boots the cms in a script (no HTTP server, no admin panel) on the configured database, for
// `pnpm seed` and `pnpm generate:articles`. A production image ships a compiled dist/ (read-only)
// and uses it as built; development compiles the current sources first.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = dirname(dirname(fileURLToPath(import.meta.url)));
// Strapi's ESM build fails on a directory import; its CommonJS build is the supported way in.
export const require = createRequire(import.meta.url);

/** @param {string[]} compiledModule a file of dist/ the script needs, e.g. ['src', 'seed', 'x.js'] */
export async function loadStrapi(compiledModule) {
  process.chdir(appDir);
  if (process.env.NODE_ENV !== 'production' && !existsSync(join(appDir, '.env'))) {
    const { ensureDevEnv } = await import('../../scripts/dev-env.mjs');
    ensureDevEnv();
  }
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const prebuilt = process.env.NODE_ENV === 'production' && existsSync(join(appDir, 'dist', ...compiledModule));
  const { distDir } = prebuilt ? { distDir: join(appDir, 'dist') } : await compileStrapi({ appDir, ignoreDiagnostics: true });
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  /** @param {string[]} path */
  const compiled = (...path) => require(join(distDir, ...path));
  return { strapi, compiled };
}
