// /search: a GET form (role="search", input name="q") that works with and without JavaScript.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, launch, visit } from './support/browser';
import { stackInfo } from './support/context';
import { articleSlugs, mainText } from './support/dom';
import { get } from './support/http';
import { articleBySlug } from './support/seed';

const { webUrl } = stackInfo();
// "Priya" appears only in the body of this article (not its title or excerpt): a real full-text hit.
const QUERY = 'Priya';
const TARGET = articleBySlug('why-do-i-feel-anxious-for-no-reason');

for (const javaScript of [true, false]) {
  describe(`search (JavaScript ${javaScript ? 'on' : 'off'})`, () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launch(webUrl, { javaScript });
      page = await browser.newPage();
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('submitting the form lists the article with a snippet of the matching passage', async () => {
      expect((await visit(page, `${webUrl}/search`)).status()).toBe(200);
      const form = page.getByRole('search');
      const input = form.locator('input[name="q"]');
      await expect.poll(() => input.count()).toBe(1);
      const method = await form.evaluate((el) => (el instanceof HTMLFormElement ? el : el.querySelector('form'))?.method);
      expect(method, 'the search form submits with GET').toBe('get');

      await input.fill(QUERY);
      await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === QUERY), input.press('Enter')]);
      if (!javaScript) expect((await page.request.get(page.url())).status()).toBe(200);

      const main = page.getByRole('main');
      await expect.poll(() => articleSlugs(main), { timeout: 10_000 }).toContain(TARGET.slug);
      await expect(main.getByRole('link', { name: TARGET.title }).first().isVisible()).resolves.toBe(true);
      // The snippet quotes the body around the match ("…a client I'll call Priya told me…").
      expect(await mainText(page)).toMatch(/call Priya|Priya told/);
      // The query stays in the box, so the reader can refine it.
      expect(await input.inputValue()).toBe(QUERY);
    });

    test('an empty query shows a helpful prompt, not an error or "no results"', async () => {
      const response = await visit(page, `${webUrl}/search?q=`);
      expect(response.status()).toBe(200);
      const text = await mainText(page);
      expect(text).not.toMatch(/no (results|articles) (found|match)|nothing (found|matched)/i);
      expect(text).toMatch(/type|enter|search for|try|looking for/i);
      expect(await articleSlugs(page.getByRole('main').getByRole('list'))).toEqual([]);
    });

    test('markup in the query is shown as text, never turned into elements', async () => {
      const probe = '<b id="xss-probe">bold</b><img src=x onerror="document.title=1">';
      const response = await visit(page, `${webUrl}/search?q=${encodeURIComponent(probe)}`);
      expect(response.status()).toBe(200);
      expect(await page.locator('#xss-probe').count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      // The reader's text comes back as text (in the box, and wherever the page repeats it).
      expect(await page.getByRole('search').locator('input[name="q"]').inputValue()).toBe(probe);
    });
  });
}

describe('search over HTTP', () => {
  test('the results page is server-rendered (works for any client)', async () => {
    const { status, text } = await get(webUrl, `/search?q=${QUERY}`);
    expect(status).toBe(200);
    expect(text.includes(`/articles/${TARGET.slug}`), 'the result links the article').toBe(true);
  });

  test('a query with no match says so calmly (200)', async () => {
    const { status, text } = await get(webUrl, '/search?q=zzzxxyq');
    expect(status).toBe(200);
    expect(text.includes('/articles/why-'), 'no article is listed').toBe(false);
  });

});
