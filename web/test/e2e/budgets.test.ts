// Byte budgets of every page type, on a phone, first visit (issue #8): reading pages are
// documents and ship no JavaScript beyond the tiny inline helpers of app/browser/; the
// consultation form's enhancement stays small; no page makes a reader download more than
// 100 kB before images. Bytes only: timings live in `pnpm bench`, never in tests.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, launch } from './support/browser';
import { BUDGET_PAGES, BUDGETS, formatBytes } from './support/budgets';
import { stackInfo } from './support/context';
import { measurePageWeight, type PageWeight, totalScriptGzip, transferBytes } from './support/page-weight';
import { scriptInventory } from './support/script-inventory';

const { webUrl } = stackInfo();

/** The transferred responses, largest first, so a failure says where the bytes went. */
function heaviest(weight: PageWeight, images: boolean): string {
  return weight.responses
    .filter((r) => images || r.resourceType !== 'image')
    .sort((a, b) => b.encodedBytes - a.encodedBytes)
    .slice(0, 6)
    .map((r) => `\n  ${formatBytes(r.encodedBytes)} ${r.resourceType} ${r.url}`)
    .join('');
}

describe('page weight on a phone, first visit', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch(webUrl, { viewport: 'mobile' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each(BUDGET_PAGES.filter((page) => page.reading))('$type ($path) ships no script beyond the inline helpers', async ({ path, status }) => {
    const weight = await measurePageWeight(browser.context, `${webUrl}${path}`);
    expect(weight.status).toBe(status);

    const markup = scriptInventory(weight.html);
    expect(markup.external, '<script src> in the served HTML').toEqual([]);
    expect(markup.preloads, '<link rel=modulepreload> or preload as=script in the served HTML').toEqual([]);
    expect(markup.hasFrameworkPayload, 'a hydration payload (__NUXT_DATA__ / window.__NUXT__) in the served HTML').toBe(false);
    expect(markup.unknown.map((s) => s.type), 'inline scripts that are neither JavaScript nor JSON data').toEqual([]);

    expect(weight.scriptFiles.map((f) => f.url), 'script files the browser fetched').toEqual([]);
    expect(weight.frameworkPayloadGzip, 'hydration payload in the DOM').toBe(0);
    expect(weight.inlineScriptsGzip, 'inline scripts, gzip, all together').toBeLessThanOrEqual(BUDGETS.readingInlineScriptsGzip);

    const transfer = transferBytes(weight, { images: false });
    expect(transfer, `transfer without images (accept-encoding "${weight.acceptEncoding}"):${heaviest(weight, false)}`).toBeLessThanOrEqual(
      BUDGETS.transferWithoutImages,
    );
  });

  test.each(BUDGET_PAGES.filter((page) => !page.reading))('$type ($path) keeps its enhancement script small', async ({ path, status }) => {
    const weight = await measurePageWeight(browser.context, `${webUrl}${path}`);
    expect(weight.status).toBe(status);
    expect(scriptInventory(weight.html).unknown.map((s) => s.type), 'inline scripts that are neither JavaScript nor JSON data').toEqual([]);

    const files = weight.scriptFiles.map((f) => `\n  ${formatBytes(f.gzip)} ${f.url}`).join('');
    const detail = `inline ${formatBytes(weight.inlineScriptsGzip)}, payload ${formatBytes(weight.frameworkPayloadGzip)}, files:${files || ' none'}`;
    expect(totalScriptGzip(weight), `JavaScript, gzip (${detail})`).toBeLessThanOrEqual(BUDGETS.consultationScriptsGzip);

    const transfer = transferBytes(weight, { images: false });
    expect(transfer, `transfer without images:${heaviest(weight, false)}`).toBeLessThanOrEqual(BUDGETS.transferWithoutImages);
  });
});
