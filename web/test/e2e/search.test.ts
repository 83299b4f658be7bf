// /search: a GET form (role="search", input name="q") that works with and without JavaScript,
// ranked results from the cms's index with the matches marked, 10 a page with plain links.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin, type AdminDocument, deleteArticlesEverywhere, paragraph, uniqueSlug, uniqueWord } from './support/admin';
import { launch, useBrowserPage, visit } from './support/browser';
import { stackInfo } from './support/context';
import { articleSlugs, mainText } from './support/dom';
import { get } from './support/http';
import { articleBySlug } from './support/seed';

const info = stackInfo();
const { webUrl } = info;
// "Priya" appears only in the body of this article (not its title or excerpt): a real full-text hit.
const QUERY = 'Priya';
const TARGET = articleBySlug('why-do-i-feel-anxious-for-no-reason');

for (const javaScript of [true, false]) {
  describe(`search (JavaScript ${javaScript ? 'on' : 'off'})`, () => {
    const session = useBrowserPage(webUrl, { javaScript });

    test('submitting the form lists the article with a snippet of the matching passage', async () => {
      expect((await visit(session.page, `${webUrl}/search`)).status()).toBe(200);
      const form = session.page.getByRole('search');
      const input = form.locator('input[name="q"]');
      await expect.poll(() => input.count()).toBe(1);
      const method = await form.evaluate((el) => (el instanceof HTMLFormElement ? el : el.querySelector('form'))?.method);
      expect(method, 'the search form submits with GET').toBe('get');

      await input.fill(QUERY);
      await Promise.all([session.page.waitForURL((url) => url.searchParams.get('q') === QUERY), input.press('Enter')]);
      if (!javaScript) expect((await session.page.request.get(session.page.url())).status()).toBe(200);

      const main = session.page.getByRole('main');
      await expect.poll(() => articleSlugs(main), { timeout: 10_000 }).toContain(TARGET.slug);
      await expect(main.getByRole('link', { name: TARGET.title }).first().isVisible()).resolves.toBe(true);
      // The snippet quotes a passage of the body ("…she said. … Priya is a…"), with the matched
      // word in <mark> (as text: the page never parses markup from the index).
      expect(await mainText(session.page)).toMatch(/…[^…]*\bPriya\b[^…]*…/);
      expect(await main.locator('mark').allInnerTexts()).toContain(QUERY);
      expect(await mainText(session.page)).toMatch(/\b1 article matches “Priya”/);
      // The query stays in the box, so the reader can refine it.
      expect(await input.inputValue()).toBe(QUERY);
    });

    test('an empty query shows a helpful prompt, not an error or "no results"', async () => {
      const response = await visit(session.page, `${webUrl}/search?q=`);
      expect(response.status()).toBe(200);
      const text = await mainText(session.page);
      expect(text).not.toMatch(/no (results|articles) (found|match)|nothing (found|matched)/i);
      expect(text).toMatch(/type|enter|search for|try|looking for/i);
      expect(await articleSlugs(session.page.getByRole('main').getByRole('list'))).toEqual([]);
    });

    test('markup in the query is shown as text, never turned into elements', async () => {
      const probe = '<b id="xss-probe">bold</b><img src=x onerror="document.title=1">';
      const response = await visit(session.page, `${webUrl}/search?q=${encodeURIComponent(probe)}`);
      expect(response.status()).toBe(200);
      expect(await session.page.locator('#xss-probe').count()).toBe(0);
      expect(await session.page.locator('img[src="x"]').count()).toBe(0);
      // The reader's text comes back as text (in the box, and wherever the page repeats it).
      expect(await session.page.getByRole('search').locator('input[name="q"]').inputValue()).toBe(probe);
    });
  });
}

describe('search over HTTP', () => {
  test('the results page is server-rendered (works for any client)', async () => {
    const { status, text } = await get(webUrl, `/search?q=${QUERY}`);
    expect(status).toBe(200);
    expect(text.includes(`/articles/${TARGET.slug}`), 'the result links the article').toBe(true);
  });

  test('a query with no match says so calmly (200) and offers topics, a consultation and urgent help', async () => {
    const { status, text } = await get(webUrl, '/search?q=zzzxxyq');
    expect(status).toBe(200);
    expect(text.includes('/articles/why-'), 'no article is listed').toBe(false);
    expect(text).toContain('No articles match');
    expect(text).toMatch(/href="\/topics\/[a-z-]+"/);
    expect(text).toContain('href="/consultation"');
    expect(text).toContain('If you need help now');
  });

  test('a small typo still finds the article ("Priay")', async () => {
    const { text } = await get(webUrl, '/search?q=Priay');
    expect(text.includes(`/articles/${TARGET.slug}`)).toBe(true);
  });

  test('a bad page number is a 400, a query over 200 characters too', async () => {
    expect((await get(webUrl, '/search?q=calm&page=0')).status).toBe(400);
    expect((await get(webUrl, `/search?q=${'a'.repeat(201)}`)).status).toBe(400);
  });
});

describe('search results come 10 a page, with links that work without JavaScript', () => {
  const word = uniqueWord('pagedword');
  let admin: Admin;
  const created: AdminDocument[] = [];

  beforeAll(async () => {
    admin = await Admin.signIn(info);
    for (let n = 1; n <= 12; n += 1) {
      const draft = await admin.createDraft({
        title: `Field notes ${n} ${word.slice(-6)}`,
        slug: uniqueSlug(`search-page-${n}`),
        excerpt: 'A short piece written by the end-to-end tests.',
        body: [paragraph(`Note ${n}: the word ${word} is here so that search finds exactly these twelve articles.`)],
        featured: false,
      });
      created.push(draft);
      await admin.publish(draft.documentId);
    }
  });
  afterAll(async () => {
    if (admin && created.length > 0) await deleteArticlesEverywhere(admin, info, created);
  });

  test('page 1 lists 10, says how many match, and links to page 2; the page stays small', async () => {
    const { status, text } = await get(webUrl, `/search?q=${word}`);
    expect(status).toBe(200);
    expect(text).toContain('12 articles match');
    const listed = new Set(text.match(/\/articles\/e2e-search-page-[a-z0-9-]+/g) ?? []);
    expect(listed.size).toBe(10);
    expect(text).toContain(`/search?q=${word}&amp;page=2`);
    expect(text).toContain('rel="next"');
    expect(Buffer.byteLength(text), 'the search page stays under 60 kB of HTML').toBeLessThan(60_000);
  });

  for (const javaScript of [true, false]) {
    test(`"Next page" leads to the last 2 results (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const browser = await launch(webUrl, { javaScript });
      try {
        const page = await browser.newPage();
        await visit(page, `${webUrl}/search?q=${word}`);
        const main = page.getByRole('main');
        await Promise.all([page.waitForURL((url) => url.searchParams.get('page') === '2'), main.getByRole('link', { name: /Next page/ }).click()]);
        await expect.poll(async () => (await articleSlugs(main)).filter((slug) => slug.startsWith('e2e-search-page-')).length).toBe(2);
        expect(await mainText(page)).toMatch(/page 2 of 2/);
        expect(await main.getByRole('link', { name: /Previous page/ }).count()).toBe(1);
      } finally {
        await browser.close();
      }
    });
  }

  test('a page past the end says so and links back to the first page', async () => {
    const { status, text } = await get(webUrl, `/search?q=${word}&page=5`);
    expect(status).toBe(200);
    expect(text).toContain('no more results');
    expect(text).toContain(`href="/search?q=${word}"`);
  });
});
