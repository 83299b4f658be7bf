import type { Core } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';
import { distModule } from './support/dist-module';

interface GenerateResult {
  created: number;
  kept: number;
  topics: number;
  articlesPerSecond: number;
}

type Generate = (strapi: Core.Strapi, options: { count: number; topicCount?: number; seed?: number; batchSize?: number }) => Promise<GenerateResult>;

let cms: BootedCms;
let first: GenerateResult;
const asWebsite = (path: string) => cms.http.get(path).set(...bearer(cms.tokens.read));
const { generateArticles } = distModule<{ generateArticles: Generate }>('scale/generate-articles');

beforeAll(async () => {
  cms = await bootCms();
  first = await generateArticles(cms.strapi, { count: 30, topicCount: 8, seed: 7, batchSize: 7 });
});

afterAll(async () => {
  await cms?.stop();
});

interface ListedArticle {
  slug: string;
  readingMinutes: number;
  topics: Array<{ slug: string }>;
}

describe('generateArticles', () => {
  it('creates the topics and the published articles asked for', async () => {
    expect(first).toMatchObject({ created: 30, kept: 0, topics: 8 });
    expect(first.articlesPerSecond).toBeGreaterThan(0);
    const articles = cms.strapi.db.query('api::article.article');
    expect(await articles.count({ where: { publishedAt: { $notNull: true } } })).toBe(30);
    expect(await articles.count({ where: { publishedAt: null } })).toBe(30);
    expect(await cms.strapi.db.query('api::topic.topic').count({ where: { publishedAt: { $notNull: true } } })).toBe(8);
  });

  it('serves them to the website with one to three topics and a reading time of 3 to 8 minutes', async () => {
    const response = await asWebsite('/api/articles?pagination[pageSize]=100&sort[0]=publishedAt:desc&sort[1]=documentId:desc');
    expect(response.status).toBe(200);
    expect(response.body.meta.pagination.total).toBe(30);
    for (const article of response.body.data as ListedArticle[]) {
      expect(article.topics.length, article.slug).toBeGreaterThanOrEqual(1);
      expect(article.topics.length, article.slug).toBeLessThanOrEqual(3);
      expect(article.readingMinutes, article.slug).toBeGreaterThanOrEqual(3);
      expect(article.readingMinutes, article.slug).toBeLessThanOrEqual(8);
    }
  });

  it('pages through them in publication order with no article twice (the list order the website uses)', async () => {
    const order = 'sort[0]=publishedAt:desc&sort[1]=documentId:desc&sort[2]=id:desc&pagination[pageSize]=7&fields[0]=slug';
    const seen: string[] = [];
    for (let page = 1; page <= 5; page += 1) {
      const response = await asWebsite(`/api/articles?${order}&pagination[page]=${page}`);
      expect(response.status).toBe(200);
      seen.push(...(response.body.data as Array<{ slug: string }>).map((article) => article.slug));
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it('writes bodies with headings, lists and the vocabulary of the real articles', async () => {
    const rows = (await cms.strapi.db.query('api::article.article').findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['body'],
    })) as Array<{ body: Array<{ type: string }> }>;
    const types = new Set(rows.flatMap((row) => row.body.map((block) => block.type)));
    expect([...types]).toEqual(expect.arrayContaining(['paragraph', 'heading', 'list']));
    const text = JSON.stringify(rows);
    for (const word of ['garden', 'river', 'anxiety', 'grief']) expect(text).toContain(word);
  });

  it('is deterministic and resumable: the same seed keeps what exists and adds the rest', async () => {
    const again = await generateArticles(cms.strapi, { count: 35, topicCount: 8, seed: 7 });
    expect(again).toMatchObject({ created: 5, kept: 30, topics: 8 });
    expect(await cms.strapi.db.query('api::topic.topic').count({ where: { publishedAt: { $notNull: true } } })).toBe(8);
  });

  it('announces every article in the change feed', async () => {
    const changes = await cms.strapi.db.query('api::content-change.content-change').count({ where: { model: 'article', action: 'publish' } });
    expect(changes).toBe(35);
  });
});
