// Size figures for `pnpm bench`: what a reader downloads. Printed, not asserted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'vitest';
import { stackInfo } from '../e2e/support/context';
import { NEWEST_ARTICLE } from '../e2e/support/pages';

const stack = stackInfo();
const assetsDir = process.env.TEND_E2E_WEB_OUTPUT
  ? join(process.env.TEND_E2E_WEB_OUTPUT, 'public', '_nuxt')
  : join(import.meta.dirname, '../../.output/public/_nuxt');

function assetTotals(extension: string): { files: number; raw: number; gzip: number } {
  const files = readdirSync(assetsDir).filter((name) => name.endsWith(extension));
  return files.reduce(
    (total, name) => {
      const content = readFileSync(join(assetsDir, name));
      return { files: total.files + 1, raw: total.raw + statSync(join(assetsDir, name)).size, gzip: total.gzip + gzipSync(content).length };
    },
    { files: 0, raw: 0, gzip: 0 },
  );
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const html = Buffer.from(await (await fetch(`${stack.webUrl}/articles/${NEWEST_ARTICLE.slug}`)).arrayBuffer());
const js = assetTotals('.js');
const css = assetTotals('.css');
console.info(
  [
    'Sizes',
    `  article page HTML: ${kb(html.length)} raw, ${kb(gzipSync(html).length)} gzip`,
    `  all JavaScript chunks (${js.files}): ${kb(js.raw)} raw, ${kb(js.gzip)} gzip (a page loads only some)`,
    `  all CSS (${css.files}): ${kb(css.raw)} raw, ${kb(css.gzip)} gzip`,
  ].join('\n'),
);

test('gzip of the article page (reference cost)', async ({ bench }) => {
  await bench('gzipSync(article HTML)', () => {
    gzipSync(html);
  }).run({ time: 300 });
});
