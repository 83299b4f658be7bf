// The seeded draft must not reach readers anywhere: lists, its own address, search, sitemap, feed.
import { describe, expect, test } from 'vitest';
import { stackInfo } from './support/context';
import { get } from './support/http';
import { DRAFT, PUBLISHED, TOPICS } from './support/seed';

const { webUrl } = stackInfo();

function expectNoDraft(body: string, where: string): void {
  expect(body.includes(DRAFT.slug), `${where} mentions the draft's slug`).toBe(false);
  expect(body.includes(DRAFT.title), `${where} shows the draft's title`).toBe(false);
}

describe('the unpublished draft is nowhere', () => {
  test('not on any page of /articles', async () => {
    let seen = 0;
    for (let page = 1; page <= 10; page++) {
      const { status, text } = await get(webUrl, `/articles?page=${page}`);
      if (page > 1 && status === 404) break;
      expect(status).toBe(200);
      expectNoDraft(text, `/articles?page=${page}`);
      seen += PUBLISHED.filter((a) => text.includes(`/articles/${a.slug}`)).length;
    }
    expect(seen, 'every published article was listed somewhere').toBeGreaterThanOrEqual(PUBLISHED.length);
  });

  test('not on the home page or its topics’ pages', async () => {
    const home = await get(webUrl, '/');
    expect(home.status).toBe(200);
    expectNoDraft(home.text, '/');
    for (const slug of DRAFT.topics) {
      const topic = await get(webUrl, `/topics/${slug}`);
      expect(topic.status).toBe(200);
      expectNoDraft(topic.text, `/topics/${slug}`);
    }
    expect(TOPICS.length).toBeGreaterThan(0);
  });

  test('its own address is a 404, whatever the query string asks for', async () => {
    for (const query of ['', '?status=draft', '?preview=true', '?status=draft&preview=1']) {
      const { status, text } = await get(webUrl, `/articles/${DRAFT.slug}${query}`);
      expect(status, query || '(no query)').toBe(404);
      expect(text.includes(DRAFT.title), 'the draft title').toBe(false);
    }
  });

  test('not in search results, even for words only the draft contains', async () => {
    for (const q of ['unconditional positive regard', 'congruence', 'person-centred', 'Draft']) {
      const { status, text } = await get(webUrl, `/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expectNoDraft(text, `search "${q}"`);
    }
  });

  test('not in sitemap.xml, which lists the published articles', async () => {
    const { status, text } = await get(webUrl, '/sitemap.xml');
    expect(status).toBe(200);
    for (const article of PUBLISHED) expect(text.includes(`/articles/${article.slug}`), article.slug).toBe(true);
    expectNoDraft(text, 'sitemap.xml');
  });

  test('not in feed.xml, which lists the published articles', async () => {
    const { status, headers, text } = await get(webUrl, '/feed.xml');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/xml/);
    for (const article of PUBLISHED) expect(text.includes(`/articles/${article.slug}`), article.slug).toBe(true);
    expectNoDraft(text, 'feed.xml');
  });
});
