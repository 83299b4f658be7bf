import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';
import { allKeys, PRIVATE_KEYS } from './support/json-keys';
import { runSeed } from './support/seed';

let cms: BootedCms;
let draft: { documentId: string; slug: string };

const asWebsite = (path: string) => cms.http.get(path).set(...bearer(cms.tokens.read));

beforeAll(async () => {
  cms = await bootCms();
  await runSeed(cms.strapi);
  const found = await cms.strapi.documents('api::article.article').findFirst({
    status: 'draft',
    filters: { slug: { $contains: 'unpublished-draft' } },
  });
  if (!found) throw new Error('the seed must contain a draft article');
  draft = { documentId: found.documentId, slug: String(found.slug) };
});

afterAll(async () => {
  await cms?.stop();
});

describe('drafts are never served to the website token', () => {
  it('lists only published articles', async () => {
    const response = await asWebsite('/api/articles?pagination[pageSize]=100');
    expect(response.status).toBe(200);
    const slugs = response.body.data.map((article: { slug: string }) => article.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(6);
    expect(slugs).not.toContain(draft.slug);
  });

  it('refuses status=draft with a message that says why', async () => {
    const response = await asWebsite('/api/articles?status=draft');
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/preview/i);
    expect(JSON.stringify(response.body)).not.toContain(draft.slug);
  });

  it('accepts an explicit status=published', async () => {
    expect((await asWebsite('/api/articles?status=published')).status).toBe(200);
  });

  it('does not find the draft by its slug or its id', async () => {
    const bySlug = await asWebsite(`/api/articles?filters[slug][$eq]=${draft.slug}`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data).toEqual([]);
    const byId = await asWebsite(`/api/articles/${draft.documentId}`);
    expect(byId.status).toBe(404);
  });

  it.each(['publicationState=preview', 'hasPublishedVersion=false', 'locale=all'])(
    'rejects the other draft switch %s',
    async (query) => {
      const response = await asWebsite(`/api/articles?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/Unknown query parameter/);
    },
  );

  it('refuses drafts on single types too', async () => {
    expect((await asWebsite('/api/practice?status=draft')).status).toBe(403);
  });

  it('the preview token does see the draft', async () => {
    const response = await cms.http
      .get(`/api/articles?status=draft&filters[slug][$eq]=${draft.slug}`)
      .set(...bearer(cms.tokens.preview));
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(1);
  });
});

describe('no private field reaches a response', () => {
  it('refuses a client-chosen populate', async () => {
    for (const query of ['populate=*', 'populate[createdBy]=*', 'populate[topics][populate]=*']) {
      const response = await asWebsite(`/api/articles?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.message).toMatch(/populate/);
      expect(allKeys(response.body).has('createdBy')).toBe(false);
    }
  });

  it('refuses filters and fields that probe private attributes', async () => {
    for (const query of [
      'filters[createdBy][email][$startsWith]=a',
      'filters[updatedBy][id][$gt]=0',
      'fields[0]=createdBy',
      'sort=createdBy.email',
    ]) {
      const response = await asWebsite(`/api/articles?${query}`);
      expect(response.status, query).toBe(400);
    }
  });

  it('returns no admin or user data on any public route', async () => {
    const first = (await asWebsite('/api/articles')).body.data[0];
    const topic = (await asWebsite('/api/topics')).body.data[0];
    const routes = [
      '/api/articles?pagination[pageSize]=100',
      `/api/articles/${first.documentId}`,
      '/api/topics?pagination[pageSize]=100',
      `/api/topics/${topic.documentId}`,
      '/api/practice',
      '/api/site',
      '/api/crisis-support',
    ];
    for (const route of routes) {
      const response = await asWebsite(route);
      expect(response.status, route).toBe(200);
      const keys = allKeys(response.body);
      for (const key of PRIVATE_KEYS) expect(keys.has(key), `${route} has ${key}`).toBe(false);
    }
  });

  it('populates exactly the server-side tree for articles', async () => {
    const article = (await asWebsite('/api/articles?sort=publishedAt:desc')).body.data[0];
    expect(Array.isArray(article.topics)).toBe(true);
    expect(Object.keys(article.topics[0]).sort()).toEqual(['documentId', 'id', 'name', 'slug']);
    expect(article).toHaveProperty('seo');
    expect(article).toHaveProperty('cover');
  });
});
