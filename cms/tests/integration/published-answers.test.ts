import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';

// The cms keeps published answers in memory (src/response-cache/). What readers must never see
// is an answer from before a publish, unpublish or delete, or a draft through the cache.
let cms: BootedCms;
const bySlug = (slug: string, status = 'published') =>
  `/api/articles?filters[slug][$eq]=${slug}&pagination[pageSize]=1&status=${status}`;
const read = (path: string, token = cms.tokens.read) => cms.http.get(path).set(...bearer(token));
const titleOf = (response: { body: { data: Array<{ title: string }> } }) => response.body.data.map((article) => article.title);
const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'An article for the answer cache.' }] }];

beforeAll(async () => {
  cms = await bootCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('published answers kept in memory', () => {
  it('are the same bytes as a fresh answer, and follow every publish, unpublish and delete', async () => {
    const articles = cms.strapi.documents('api::article.article');
    const slug = 'answer-cache-article';
    const created = await articles.create({ data: { title: 'First title', slug, excerpt: 'Short.', body, featured: false } as never });
    await articles.publish({ documentId: created.documentId });

    const first = await read(bySlug(slug));
    const again = await read(bySlug(slug));
    expect(first.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(titleOf(first)).toEqual(['First title']);

    await articles.update({ documentId: created.documentId, data: { title: 'Second title' } as never });
    // A draft save changes nothing readers see; the draft itself reaches only the preview client.
    expect(titleOf(await read(bySlug(slug)))).toEqual(['First title']);
    expect(titleOf(await read(bySlug(slug, 'draft'), cms.tokens.preview))).toEqual(['Second title']);
    expect((await read(bySlug(slug, 'draft'))).status).toBe(403);

    await articles.publish({ documentId: created.documentId });
    expect(titleOf(await read(bySlug(slug)))).toEqual(['Second title']);

    await articles.unpublish({ documentId: created.documentId });
    expect(titleOf(await read(bySlug(slug)))).toEqual([]);

    await articles.publish({ documentId: created.documentId });
    expect(titleOf(await read(bySlug(slug)))).toEqual(['Second title']);
    await articles.delete({ documentId: created.documentId });
    expect(titleOf(await read(bySlug(slug)))).toEqual([]);
  });

  it('are served only to callers allowed to read them', async () => {
    const articles = cms.strapi.documents('api::article.article');
    const article = { title: 'Only for the website', slug: 'answer-cache-private' };
    const created = await articles.create({ data: { ...article, excerpt: 'Short.', body, featured: false } as never });
    await articles.publish({ documentId: created.documentId });
    expect(titleOf(await read(bySlug(article.slug)))).toEqual([article.title]);

    const anonymous = await cms.http.get(bySlug(article.slug));
    const enquiryToken = await read(bySlug(article.slug), cms.tokens.enquiry);
    for (const answer of [anonymous, enquiryToken]) {
      expect(answer.status).toBe(403);
      expect(answer.body.data).toBeNull();
      expect(answer.text).not.toContain(article.title);
    }
  });
});
