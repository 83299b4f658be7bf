// `pnpm seed`: loads the demo practice into the configured database. Idempotent: anything that
// already exists is left exactly as it is, so it is safe to run on a live site.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(appDir);
if (process.env.NODE_ENV !== 'production' && !existsSync(join(appDir, '.env'))) {
  const { ensureDevEnv } = await import('../../scripts/dev-env.mjs');
  ensureDevEnv();
}
process.env.STRAPI_TELEMETRY_DISABLED = 'true';

// Strapi's ESM build fails on a directory import; its CommonJS build is the supported way in.
const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi');

// A production image ships a compiled dist/ (read-only); development compiles the current sources.
const prebuilt = process.env.NODE_ENV === 'production' && existsSync(join(appDir, 'dist', 'src', 'index.js'));
const { distDir } = prebuilt
  ? { distDir: join(appDir, 'dist') }
  : await compileStrapi({ appDir, ignoreDiagnostics: true });
const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
try {
  const { seedDemoContent } = require(join(distDir, 'src', 'seed', 'seed-demo-content.js'));
  await seedDemoContent(strapi);
  console.log('Demo content is in place.');
} finally {
  await strapi.destroy();
}
process.exit(0);
