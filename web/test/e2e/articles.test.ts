// /articles: newest first, server-side pagination (?page=, 4 per page in e2e), topic filter.
import { describe, expect, test } from 'vitest';
import { useBrowserPage, visit } from './support/browser';
import { stackInfo } from './support/context';
import { articleSlugs } from './support/dom';
import { get } from './support/http';
import { ANXIETY_TOPIC } from './support/pages';
import { ARTICLES_PAGE_SIZE, PUBLISHED, publishedIn } from './support/seed';

const { webUrl } = stackInfo();
const NEWEST_FIRST = PUBLISHED.map((a) => a.slug);

describe('articles list', () => {
  // Without JavaScript: pagination and filters must be real links the server answers.
  const session = useBrowserPage(webUrl, { javaScript: false });

  test('page 1 holds the newest articles, page 2 the rest, in date order across pages', async () => {
    expect((await visit(session.page, `${webUrl}/articles`)).status()).toBe(200);
    const first = await articleSlugs(session.page.getByRole('main'));
    expect(first).toEqual(NEWEST_FIRST.slice(0, ARTICLES_PAGE_SIZE));

    const nextLink = session.page.getByRole('main').getByRole('link', { name: /next|older|page 2/i }).first();
    const href = await nextLink.getAttribute('href');
    expect(new URL(href!, webUrl).searchParams.get('page')).toBe('2');
    await Promise.all([session.page.waitForURL(/[?&]page=2/), nextLink.click()]);
    const second = await articleSlugs(session.page.getByRole('main'));
    expect(second).toEqual(NEWEST_FIRST.slice(ARTICLES_PAGE_SIZE));

    // The same through a direct request.
    expect((await visit(session.page, `${webUrl}/articles?page=2`)).status()).toBe(200);
    expect(await articleSlugs(session.page.getByRole('main'))).toEqual(NEWEST_FIRST.slice(ARTICLES_PAGE_SIZE));
  });

  test('a page past the end answers 404', async () => {
    expect((await get(webUrl, '/articles?page=99')).status).toBe(404);
  });

  test.each(['0', '-1', 'abc', '1.5'])('a nonsense page number (%s) is not a server error', async (value) => {
    const { status } = await get(webUrl, `/articles?page=${value}`);
    expect([200, 301, 302, 307, 308, 400, 404]).toContain(status);
  });

  test('?topic= keeps only that topic’s articles, newest first', async () => {
    const response = await visit(session.page, `${webUrl}/articles?topic=${ANXIETY_TOPIC.slug}`);
    expect(response.status()).toBe(200);
    expect(await articleSlugs(session.page.getByRole('main'))).toEqual(publishedIn(ANXIETY_TOPIC.slug).map((a) => a.slug));
  });

  test('an unknown topic filter is not a server error', async () => {
    expect([200, 404]).toContain((await get(webUrl, '/articles?topic=no-such-topic')).status);
  });
});
