// `pnpm bench`: requests per second of the real built stack (same one the e2e suite starts).
// Figures, not pass/fail: tinybench prints mean, p75/p99 and ops/s for one request at a time.
import { test } from 'vitest';
import { stackInfo } from '../e2e/support/context';
import { NEWEST_ARTICLE } from '../e2e/support/pages';

const stack = stackInfo();
const cmsHeaders = { Authorization: `Bearer ${stack.tokens.read}` };

async function get(url: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

// Warm the web's CMS-data cache once, as any visit would.
await get(`${stack.webUrl}/articles/${NEWEST_ARTICLE.slug}`);
await get(`${stack.webUrl}/search?q=anxious`);

const options = { time: 3000, warmupTime: 500 };

// Vitest 5: benchmarks are the `bench` fixture inside a test; each group prints a table.
test('CMS content API (Strapi, SQLite)', async ({ bench }) => {
  await bench('GET /api/articles, server-decided populate', () => get(`${stack.cmsUrl}/api/articles`, cmsHeaders)).run(options);
});

test('web server routes (cached view models)', async ({ bench }) => {
  await bench.compare(
    bench('GET /api/articles', () => get(`${stack.webUrl}/api/articles`)),
    bench('GET /api/articles/:slug', () => get(`${stack.webUrl}/api/articles/${NEWEST_ARTICLE.slug}`)),
    bench('GET /api/search?q=anxious', () => get(`${stack.webUrl}/api/search?q=anxious`)),
    options,
  );
});

test('web pages (server-rendered HTML)', async ({ bench }) => {
  await bench.compare(
    bench('GET /', () => get(`${stack.webUrl}/`)),
    bench('GET /articles/:slug', () => get(`${stack.webUrl}/articles/${NEWEST_ARTICLE.slug}`)),
    options,
  );
});
