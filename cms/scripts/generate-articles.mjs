// `pnpm --filter @tend/cms generate:articles -- --count 2000 [--topics 40] [--seed 1] [--batch 50]`
// Fills the configured database (DATABASE_CLIENT, DATABASE_FILENAME or DATABASE_URL, …) with
// generated published articles for scale tests, through Strapi's Document Service. Resumable:
// articles of the same seed already there are kept. The last line printed is a JSON summary,
// for scripts that run this as a child process (e.g. the web's e2e and benchmark support).
//
// Run it while the cms is stopped (SQLite allows one writer at a time). With NODE_ENV=production
// and a built cms/dist it runs the build as is (what the e2e stack does); otherwise it compiles
// the current sources first, like `pnpm seed`.
import { parseArgs } from 'node:util';
import { loadStrapi } from './load-strapi.mjs';

// `pnpm run x -- --count 5` hands the script a literal "--"; parseArgs would read what follows as positionals.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    count: { type: 'string' },
    topics: { type: 'string', default: '40' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '50' },
  },
});
const whole = (name, raw, min) => {
  const value = Number(raw);
  if (!/^\d+$/.test(String(raw)) || value < min) {
    console.error(`--${name} must be a whole number ≥ ${min}, got "${raw}".`);
    process.exit(2);
  }
  return value;
};
if (values.count === undefined) {
  console.error('Usage: generate-articles --count <n> [--topics 40] [--seed 1] [--batch 50]');
  process.exit(2);
}
const options = {
  count: whole('count', values.count, 0),
  topicCount: whole('topics', values.topics, 1),
  seed: whole('seed', values.seed, 0),
  batchSize: whole('batch', values.batch, 1),
};

const { strapi, compiled } = await loadStrapi(['src', 'scale', 'generate-articles.js']);
strapi.log.level = 'warn';
let summary;
try {
  const { generateArticles } = compiled('src', 'scale', 'generate-articles.js');
  const { quietWebhooks } = compiled('src', 'scale', 'quiet-webhooks.js');
  await quietWebhooks(strapi);
  let lastShown = 0;
  summary = await generateArticles(strapi, {
    ...options,
    onProgress(done, count) {
      if (done - lastShown >= 500 || done === count) {
        lastShown = done;
        console.log(`  ${done} / ${count}`);
      }
    },
  });
  console.log(
    `Generated ${summary.created} article(s) (${summary.kept} already there), ${summary.topics} topics, `
    + `in ${summary.seconds.toFixed(1)} s: ${summary.articlesPerSecond.toFixed(1)} articles/s.`,
  );
} finally {
  await strapi.destroy();
}
console.log(JSON.stringify(summary));
process.exit(0);
