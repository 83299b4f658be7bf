// Unknown addresses answer a real 404 that helps the reader on (search, topics, crisis line)
// and never shows the server's insides.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, h1Text, launch, visit } from './support/browser';
import { stackInfo } from './support/context';
import { linkPaths } from './support/dom';
import { get, hrefs, stackTraceLeaks } from './support/http';
import { CRISIS_LINE, PRACTICE_NAME } from './support/seed';

const { webUrl } = stackInfo();

const UNKNOWN = [
  { what: 'an unknown page', path: '/this-page-does-not-exist' },
  { what: 'an unknown article slug', path: '/articles/no-such-article-here' },
  { what: 'an unknown topic slug', path: '/topics/no-such-topic-here' },
  { what: 'a nested unknown path', path: '/articles/no-such-article/extra' },
];

describe('404 pages', () => {
  test.each(UNKNOWN)('$what ($path) answers 404 with help links and the crisis line', async ({ path }) => {
    const { status, text } = await get(webUrl, path);
    expect(status).toBe(404);
    const links = hrefs(text).map((href) => new URL(href, webUrl).pathname);
    const searchForm = /<form\b[^>]*action="\/search"/.test(text);
    expect(links.includes('/search') || searchForm, 'a link to /search or a search form').toBe(true);
    expect(links).toContain('/topics');
    expect(links).toContain('/urgent-help');
    expect(text.includes(CRISIS_LINE.number), `the crisis line (${CRISIS_LINE.number})`).toBe(true);
    // The same site around it as on every page: the practice's name and its contact details.
    expect(/<header\b[\s\S]*?<\/header>/.exec(text)?.[0], 'the header').toContain(PRACTICE_NAME);
    expect(/<footer\b[\s\S]*?<\/footer>/.exec(text)?.[0], 'the footer').toContain(PRACTICE_NAME);
    expect(/<title>([^<]*)<\/title>/.exec(text)?.[1], 'the title').toContain(PRACTICE_NAME);
    expect(stackTraceLeaks(text)).toEqual([]);
  });

  test.each(UNKNOWN)('$what ($path) for a non-browser client (Accept */*) is a 404 without server details', async ({ path }) => {
    const { status, text } = await get(webUrl, path, { 'Accept': '*/*', 'User-Agent': 'curl/8.5.0' });
    expect(status).toBe(404);
    expect(stackTraceLeaks(text)).toEqual([]);
  });

  test('a suspicious path is still a calm 404 without server details', async () => {
    for (const path of ['/articles/%2e%2e%2fetc%2fpasswd', '/articles/%E0%A4%A', '/articles/..%5c..%5cwindows']) {
      const { status, text } = await get(webUrl, path);
      expect(status, path).toBeGreaterThanOrEqual(400);
      expect(status, path).toBeLessThan(500);
      expect(stackTraceLeaks(text), path).toEqual([]);
    }
  });

  describe('in the browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch(webUrl);
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('the 404 page renders its heading and the links after hydration', async () => {
      const page = await browser.newPage();
      const response = await visit(page, `${webUrl}/articles/no-such-article-here`);
      expect(response.status()).toBe(404);
      expect((await h1Text(page)).length).toBeGreaterThan(0);
      const main = page.getByRole('main');
      // A way to search: a link to /search or the search form itself.
      const searchLinks = (await linkPaths(main, '/search')).length;
      const searchForms = await main.getByRole('search').count();
      expect(searchLinks + searchForms, 'a link to /search or a search form in main').toBeGreaterThan(0);
      expect(await linkPaths(main, '/topics')).not.toEqual([]);
      expect(await page.getByRole('link', { name: /need urgent help\?/i }).count()).toBeGreaterThan(0);
      expect(browser.pageErrors).toEqual([]);
    });
  });
});
