import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Compiles the TypeScript app once (into dist/) before any test file boots it. */
export default async function setup(): Promise<void> {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const { compileStrapi } = require('@strapi/strapi') as {
    compileStrapi: (options: { appDir: string; ignoreDiagnostics: boolean }) => Promise<unknown>;
  };
  await compileStrapi({ appDir: path.resolve(__dirname, '../..'), ignoreDiagnostics: true });
}
