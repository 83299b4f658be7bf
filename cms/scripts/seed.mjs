// `pnpm seed`: loads the demo practice into the configured database. Idempotent: anything that
// already exists is left exactly as it is, so it is safe to run on a live site.
import { loadStrapi } from './load-strapi.mjs';

const { strapi, compiled } = await loadStrapi(['src', 'index.js']);
try {
  const { seedDemoContent } = compiled('src', 'seed', 'seed-demo-content.js');
  await seedDemoContent(strapi);
  console.log('Demo content is in place.');
} finally {
  await strapi.destroy();
}
process.exit(0);
