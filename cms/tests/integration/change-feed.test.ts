import { collectionResponse, ContentChangeSchema } from '@tend/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';

let cms: BootedCms;
const asWebsite = (path: string) => cms.http.get(path).set(...bearer(cms.tokens.read));

interface Change {
  id: number;
  model: string;
  targetDocumentId: string;
  slug: string | null;
  action: string;
}

/** The two requests the website's reconciliation makes, exactly as it makes them. */
const after = (id: number) => `/api/content-changes?filters[id][$gt]=${id}&sort[0]=id:asc&pagination[pageSize]=200&status=published`;
const LATEST = '/api/content-changes?sort[0]=id:desc&pagination[pageSize]=1&status=published';

const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'A short article for the change feed.' }] }];

beforeAll(async () => {
  cms = await bootCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('the change feed', () => {
  it('records publish, unpublish and delete of an article, in order, for the website token', async () => {
    const latest = await asWebsite(LATEST);
    expect(latest.status).toBe(200);
    const start = (latest.body.data[0]?.id as number | undefined) ?? 0;

    const articles = cms.strapi.documents('api::article.article');
    const draft = await articles.create({
      data: { title: 'Change feed article', slug: 'change-feed-article', excerpt: 'Short.', body, featured: false } as never,
    });
    // A draft save is invisible to readers: no row.
    expect((await asWebsite(after(start))).body.data).toEqual([]);
    await articles.publish({ documentId: draft.documentId });
    await articles.unpublish({ documentId: draft.documentId });
    // Unpublishing what is not published changes nothing readers see: no row.
    await articles.unpublish({ documentId: draft.documentId });
    await articles.delete({ documentId: draft.documentId });

    const response = await asWebsite(after(start));
    expect(response.status).toBe(200);
    const parsed = collectionResponse(ContentChangeSchema).safeParse(response.body);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const rows = response.body.data as Change[];
    expect(rows.map(({ model, targetDocumentId, slug, action }) => ({ model, targetDocumentId, slug, action }))).toEqual(
      ['publish', 'unpublish', 'delete'].map((action) => ({
        model: 'article',
        targetDocumentId: draft.documentId,
        slug: 'change-feed-article',
        action,
      })),
    );
    const ids = rows.map((row) => row.id);
    expect(ids.every((id) => Number.isInteger(id) && id > start)).toBe(true);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);

    const newest = await asWebsite(LATEST);
    expect(newest.body.data.map((row: Change) => row.id)).toEqual([ids[2]]);
    expect((await asWebsite(after(ids[2]!))).body.data).toEqual([]);
  });

  it('records single types and topics, without a slug for single types', async () => {
    const start = ((await asWebsite(LATEST)).body.data[0]?.id as number | undefined) ?? 0;
    const site = await cms.strapi.documents('api::site.site').create({
      data: { siteName: 'Tend test' } as never,
    });
    await cms.strapi.documents('api::site.site').publish({ documentId: site.documentId });
    await cms.strapi.documents('api::topic.topic').create({
      data: { name: 'Feed topic', slug: 'feed-topic', description: 'A topic for the feed test.' } as never,
      status: 'published',
    });
    const rows = (await asWebsite(after(start))).body.data as Change[];
    expect(rows.map(({ model, slug, action }) => ({ model, slug, action }))).toEqual([
      { model: 'site', slug: null, action: 'publish' },
      { model: 'topic', slug: 'feed-topic', action: 'publish' },
    ]);
  });

  it('serves pages of 200 rows, as the website asks for them', async () => {
    const start = ((await asWebsite(LATEST)).body.data[0]?.id as number | undefined) ?? 0;
    const rows = Array.from({ length: 230 }, (_, i) => ({
      model: 'topic',
      action: 'publish',
      targetDocumentId: `bulk${i}`,
      slug: `bulk-${i}`,
      publishedAt: new Date(),
    }));
    await cms.strapi.db.query('api::content-change.content-change').createMany({ data: rows });
    const first = await asWebsite(after(start));
    expect(first.body.data).toHaveLength(200);
    expect(first.body.meta.pagination).toMatchObject({ pageSize: 200, total: 230 });
    const last = first.body.data[199] as Change;
    expect(last.targetDocumentId).toBe('bulk199');
    const second = await asWebsite(after(last.id));
    expect(second.body.data.map((row: Change) => row.targetDocumentId)).toEqual(Array.from({ length: 30 }, (_, i) => `bulk${i + 200}`));
  });

  it('is closed to anonymous callers and open to no writes', async () => {
    expect((await cms.http.get(LATEST)).status).toBe(403);
    expect((await cms.http.get(after(0))).status).toBe(403);
    const write = await cms.http.post('/api/content-changes').set(...bearer(cms.tokens.read)).send({ data: { model: 'article' } });
    expect([403, 404, 405]).toContain(write.status);
  });

  it('refuses drafts and a client-chosen populate, like every public route', async () => {
    expect((await asWebsite('/api/content-changes?status=draft')).status).toBe(403);
    expect((await asWebsite('/api/content-changes?populate=*')).status).toBe(400);
  });

  it('forgets rows older than 30 days', async () => {
    const { pruneContentChanges } = await import('../../src/change-feed/prune-changes');
    const before = await cms.strapi.db.query('api::content-change.content-change').count();
    expect(before).toBeGreaterThan(0);
    expect(await pruneContentChanges(cms.strapi, new Date(), 30)).toBe(0);
    const inFortyDays = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000);
    expect(await pruneContentChanges(cms.strapi, inFortyDays, 30)).toBe(before);
    expect((await asWebsite(LATEST)).body.data).toEqual([]);
  });
});
