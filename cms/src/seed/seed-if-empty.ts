import type { Core } from '@strapi/strapi';
import { seedDemoContent } from './seed-demo-content';

/**
 * First development boot of an empty database gets the demo practice, so that `pnpm dev` shows
 * a complete site at once. Elsewhere only when asked (TEND_SEED_ON_EMPTY=true, e.g. the
 * end-to-end stack); a real production site uses `pnpm seed` explicitly, if ever.
 */
export async function seedIfEmpty(strapi: Core.Strapi): Promise<void> {
  const wanted = process.env.TEND_SEED_ON_EMPTY ?? (process.env.NODE_ENV === 'development' ? 'true' : 'false');
  if (wanted !== 'true') return;
  const practices = await strapi.db.query('api::practice.practice').count();
  if (practices > 0) return;
  strapi.log.info('[tend] empty database: loading the demo practice…');
  await seedDemoContent(strapi);
}
