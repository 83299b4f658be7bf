import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Compiles the TypeScript app once (into dist/) before any test file boots it.
 * `pnpm test` builds the cms first and then runs this project twice at once (SQLite and
 * PostgreSQL) while the end-to-end suite runs from the same dist/: it sets
 * TEND_TEST_CMS_DIST_READY=1 so that no run rewrites files another process is loading.
 */
export default async function setup(): Promise<void> {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  if (process.env.TEND_TEST_CMS_DIST_READY === '1') return;
  const { compileStrapi } = require('@strapi/strapi') as {
    compileStrapi: (options: { appDir: string; ignoreDiagnostics: boolean }) => Promise<unknown>;
  };
  await compileStrapi({ appDir: path.resolve(__dirname, '../..'), ignoreDiagnostics: true });
}
