import path from 'node:path';
import type { Core } from '@strapi/strapi';

type SeedFn = (strapi: Core.Strapi) => Promise<void>;

/** The seed as the app runs it: the compiled module from dist/. */
export async function runSeed(strapi: Core.Strapi): Promise<void> {
  const modulePath = path.resolve(__dirname, '../../../dist/src/seed/seed-demo-content.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { seedDemoContent } = require(modulePath) as { seedDemoContent: SeedFn };
  await seedDemoContent(strapi);
}
