// GET /api/article-search on the real database of this run (SQLite, or PostgreSQL in CI):
// ranking, stemming, prefixes, typos, phrases, pagination, snippets, and an index that follows
// publish / unpublish / delete and survives a restart.
import { ArticleSearchResponseSchema, type ArticleSearchResponse } from '@tend/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';

const ARTICLE = 'api::article.article';
let cms: BootedCms;

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const heading = (text: string) => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] });

interface Draft {
  slug: string;
  title: string;
  body: object[];
  excerpt?: string;
}

async function publish(article: Draft): Promise<string> {
  const created = await cms.strapi.documents(ARTICLE).create({
    data: { excerpt: 'A short note for the tests.', featured: false, ...article } as never,
    status: 'published',
  });
  return created.documentId;
}

async function search(q: string, page?: number): Promise<ArticleSearchResponse> {
  const response = await cms.http
    .get('/api/article-search')
    .query(page === undefined ? { q } : { q, page })
    .set(...bearer(cms.tokens.read));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return ArticleSearchResponseSchema.parse(response.body);
}

const slugs = (result: ArticleSearchResponse) => result.data.map((hit) => hit.slug);
const documentIds: Record<string, string> = {};

beforeAll(async () => {
  cms = await bootCms();
  const articles: Draft[] = [
    { slug: 'lantern-title', title: 'Lanternfish and the deep sea', body: [paragraph('A note about the ocean at night.')] },
    {
      slug: 'lantern-heading',
      title: 'Notes from the aquarium',
      body: [heading('Meeting a lanternfish'), paragraph('The tank was dark and cool.')],
    },
    {
      slug: 'lantern-body',
      title: 'A visit to the coast',
      body: [paragraph('We saw a lanternfish, then another lanternfish, then a lanternfish shoal, lanternfish everywhere.')],
    },
    { slug: 'small-garden', title: 'What grows in hard times', body: [paragraph('She kept a small garden behind the flat, and it kept her.')] },
    { slug: 'quiet-garden', title: 'Sitting still', body: [paragraph('In a quiet garden the mind slows down.')] },
    { slug: 'garden-quiet', title: 'Noise and rest', body: [paragraph('The garden was never quiet: children, dogs, traffic.')] },
    {
      slug: 'river-anxiety',
      title: 'Walking by the river when anxiety rises',
      body: [paragraph('Anxiety tightens the chest. Walking by water loosens it a little, step after step.')],
    },
  ];
  for (let n = 1; n <= 12; n += 1) {
    articles.push({
      slug: `meadowlark-${n}`,
      title: `Field notes ${n}`,
      body: [paragraph(`Early in the morning a meadowlark sang over the field, number ${n} in this series of small observations.`)],
    });
  }
  for (const article of articles) documentIds[article.slug] = await publish(article);
});

afterAll(async () => {
  await cms?.stop();
});

describe('access', () => {
  it('refuses anonymous callers (403)', async () => {
    const response = await cms.http.get('/api/article-search').query({ q: 'garden' });
    expect(response.status).toBe(403);
  });

  it('refuses the consultation-form token (403)', async () => {
    const response = await cms.http.get('/api/article-search').query({ q: 'garden' }).set(...bearer(cms.tokens.enquiry));
    expect(response.status).toBe(403);
  });

  it('refuses drafts: the index holds published articles only', async () => {
    const response = await cms.http.get('/api/article-search').query({ q: 'garden', status: 'draft' }).set(...bearer(cms.tokens.read));
    expect(response.status).toBe(403);
  });

  it.each([
    ['a query over 200 characters', { q: 'a'.repeat(201) }, /200 characters/],
    ['no query', {}, /query/],
    ['page 0', { q: 'garden', page: '0' }, /page/],
    ['a page that is not a number', { q: 'garden', page: 'two' }, /page/],
    ['an unknown parameter', { q: 'garden', populate: '*' }, /Unknown query parameter/],
  ])('answers 400 with a message for %s', async (_label, query, message) => {
    const response = await cms.http.get('/api/article-search').query(query).set(...bearer(cms.tokens.read));
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
  });
});

describe('matching and ranking', () => {
  it('ranks a title match above a heading match above a body-only match', async () => {
    const result = await search('lanternfish');
    expect(slugs(result)).toEqual(['lantern-title', 'lantern-heading', 'lantern-body']);
    expect(result.meta).toEqual({ total: 3, page: 1, pageCount: 1, pageSize: 10 });
  });

  it('stems English words: "gardens" finds "garden"', async () => {
    expect(slugs(await search('gardens')).sort()).toEqual(['garden-quiet', 'quiet-garden', 'small-garden']);
  });

  it('matches word beginnings: "anx" finds "anxiety"', async () => {
    expect(slugs(await search('anx'))).toEqual(['river-anxiety']);
  });

  it('forgives a small typo: "anxeity" finds "anxiety"', async () => {
    expect(slugs(await search('anxeity'))).toEqual(['river-anxiety']);
    expect(slugs(await search('meadowlrak')).length).toBe(10);
  });

  it('needs every word, in any order, and a quoted phrase in order', async () => {
    expect(slugs(await search('quiet garden')).sort()).toEqual(['garden-quiet', 'quiet-garden']);
    expect(slugs(await search('"quiet garden"'))).toEqual(['quiet-garden']);
    expect(slugs(await search('“quiet garden” mind'))).toEqual(['quiet-garden']);
  });

  it('finds nothing, calmly, for words that are nowhere', async () => {
    const result = await search('zzzxxyq');
    expect(result).toEqual({ data: [], meta: { total: 0, page: 1, pageCount: 0, pageSize: 10 } });
  });

  it('returns the article fields and a snippet whose matches are marked as segments', async () => {
    const [hit] = (await search('slows')).data;
    expect(hit).toMatchObject({ slug: 'quiet-garden', title: 'Sitting still', excerpt: 'A short note for the tests.' });
    expect(Date.parse(hit?.publishedAt ?? '')).not.toBeNaN();
    expect(hit?.snippet.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase())).toEqual(['slows']);
    const text = hit?.snippet.map((segment) => segment.text).join('') ?? '';
    expect(text).toContain('the mind slows down');
    expect(text).not.toMatch(/[\uE000\uE001]/u);
  });
});

describe('pagination', () => {
  it('gives ten results a page with the total and the page count', async () => {
    const first = await search('meadowlark');
    expect(first.meta).toEqual({ total: 12, page: 1, pageCount: 2, pageSize: 10 });
    expect(first.data).toHaveLength(10);
    const second = await search('meadowlark', 2);
    expect(second.meta).toEqual({ total: 12, page: 2, pageCount: 2, pageSize: 10 });
    expect(second.data).toHaveLength(2);
    expect(new Set([...slugs(first), ...slugs(second)]).size).toBe(12);
  });

  it('answers a page past the end with no data and the right meta', async () => {
    const result = await search('meadowlark', 3);
    expect(result).toEqual({ data: [], meta: { total: 12, page: 3, pageCount: 2, pageSize: 10 } });
  });
});

describe('the index follows publishing', () => {
  it('drops an unpublished article and takes it back when it is published again', async () => {
    const documentId = documentIds['quiet-garden'] ?? '';
    await cms.strapi.documents(ARTICLE).unpublish({ documentId });
    expect(slugs(await search('"quiet garden"'))).toEqual([]);
    await cms.strapi.documents(ARTICLE).publish({ documentId });
    expect(slugs(await search('"quiet garden"'))).toEqual(['quiet-garden']);
  });

  it('finds a newly published article at once, and forgets a deleted one', async () => {
    const documentId = await publish({ slug: 'kingfisher', title: 'The kingfisher', body: [paragraph('A flash of blue.')] });
    expect(slugs(await search('kingfisher'))).toEqual(['kingfisher']);
    await cms.strapi.documents(ARTICLE).delete({ documentId });
    expect(slugs(await search('kingfisher'))).toEqual([]);
  });

  it('a restart keeps the index as it is, and rebuilds one that lost entries', async () => {
    const { ensureIndex } = await import('../../src/search/indexer');
    const { storeFor } = await import('../../src/search/store-for');
    const store = storeFor(cms.strapi);
    const published = await cms.strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } });
    expect(await store.count()).toBe(published);

    await ensureIndex(cms.strapi);
    expect(await store.count()).toBe(published);

    await store.remove(documentIds['small-garden'] ?? '');
    expect(slugs(await search('gardens'))).not.toContain('small-garden');
    await ensureIndex(cms.strapi);
    expect(await store.count()).toBe(published);
    expect(slugs(await search('gardens'))).toContain('small-garden');
  });
});
