import {
  ArticleSchema,
  collectionResponse,
  CrisisSupportSchema,
  PracticeSchema,
  singleResponse,
  SiteSchema,
  StrapiErrorSchema,
  TopicSchema,
} from '@tend/shared-types';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';
import { runSeed } from './support/seed';

let cms: BootedCms;
const asWebsite = (path: string) => cms.http.get(path).set(...bearer(cms.tokens.read));

beforeAll(async () => {
  cms = await bootCms();
  await runSeed(cms.strapi);
});

afterAll(async () => {
  await cms?.stop();
});

/** Parses with the shared schema and reports every mismatch, so a failure says what drifted. */
function expectContract(schema: z.ZodType, body: unknown, route: string): void {
  const result = schema.safeParse(body);
  expect(result.success ? [] : result.error.issues.slice(0, 10), route).toEqual([]);
}

describe('every public route answers in the shape shared-types describes', () => {
  it('articles list', async () => {
    const response = await asWebsite('/api/articles?pagination[pageSize]=100&sort=publishedAt:desc');
    expect(response.status).toBe(200);
    expectContract(collectionResponse(ArticleSchema), response.body, '/api/articles');
    expect(response.body.data.some((article: { cover: unknown }) => article.cover === null)).toBe(true);
  });

  it('one article', async () => {
    const [first] = (await asWebsite('/api/articles')).body.data;
    const response = await asWebsite(`/api/articles/${first.documentId}`);
    expectContract(singleResponse(ArticleSchema), response.body, '/api/articles/:id');
  });

  it('topics list and one topic', async () => {
    const list = await asWebsite('/api/topics?pagination[pageSize]=100');
    expectContract(collectionResponse(TopicSchema), list.body, '/api/topics');
    const one = await asWebsite(`/api/topics/${list.body.data[0].documentId}`);
    expectContract(singleResponse(TopicSchema), one.body, '/api/topics/:id');
  });

  it('practice, site and crisis support', async () => {
    for (const [route, schema] of [
      ['/api/practice', PracticeSchema],
      ['/api/site', SiteSchema],
      ['/api/crisis-support', CrisisSupportSchema],
    ] as const) {
      const response = await asWebsite(route);
      expect(response.status, route).toBe(200);
      expectContract(singleResponse(schema), response.body, route);
    }
  });

  it('returns every component, relation and media field of a public type (a field left out of populate.ts fails here)', async () => {
    // Read elsewhere on purpose: a topic's articles come from /api/articles?filters[topics]…, a page at a time.
    const notOnThisRoute: Record<string, string[]> = { 'api::topic.topic': ['articles'] };
    const joined = new Set(['component', 'dynamiczone', 'relation', 'media']);
    for (const [route, uid] of [
      ['/api/articles', 'api::article.article'],
      ['/api/topics', 'api::topic.topic'],
      ['/api/practice', 'api::practice.practice'],
      ['/api/site', 'api::site.site'],
      ['/api/crisis-support', 'api::crisis-support.crisis-support'],
    ] as const) {
      const body = (await asWebsite(route)).body as { data: Record<string, unknown> | Record<string, unknown>[] };
      const entry = Array.isArray(body.data) ? body.data[0] : body.data;
      const model = cms.strapi.contentTypes[uid];
      expect(model, uid).toBeDefined();
      const attributes = (model?.attributes ?? {}) as Record<string, { type: string; private?: boolean }>;
      const expected = Object.entries(attributes)
        .filter(([name, attribute]) => joined.has(attribute.type) && !attribute.private && !notOnThisRoute[uid]?.includes(name))
        .map(([name]) => name);
      expect(expected.filter((name) => !(name in (entry ?? {}))), `${route}: add the missing fields to its populate.ts`).toEqual([]);
    }
  });

  it('errors', async () => {
    const response = await asWebsite('/api/articles?populate=*');
    expectContract(StrapiErrorSchema, response.body, 'error');
  });

  it('would notice a leaked private field (the schemas are strict)', async () => {
    const [first] = (await asWebsite('/api/articles')).body.data;
    expect(ArticleSchema.safeParse({ ...first, createdBy: { id: 1 } }).success).toBe(false);
  });
});
