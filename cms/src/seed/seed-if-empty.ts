import type { Core } from '@strapi/strapi';
import { seedDemoContent } from './seed-demo-content';

/**
 * First development boot of an empty database gets the demo practice, so that `pnpm dev` shows
 * a complete site at once. Production never seeds itself; `pnpm seed` is explicit there.
 */
export async function seedIfEmpty(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV !== 'development' || process.env.TEND_SEED_ON_EMPTY === 'false') return;
  const practices = await strapi.db.query('api::practice.practice').count();
  if (practices > 0) return;
  strapi.log.info('[tend] empty database: loading the demo practice…');
  await seedDemoContent(strapi);
}
