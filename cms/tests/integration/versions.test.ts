import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_VERSIONS, pruneVersions } from '../../src/versions/prune-versions';
import { adminSession } from './support/admin-session';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';

const ARTICLE = 'api::article.article';
const VERSION = 'api::version.version';
const articles = `/content-manager/collection-types/${ARTICLE}`;

let cms: BootedCms;
let session: [string, string];

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const bodyText = (body: unknown): string =>
  ((body as Array<{ children: Array<{ text: string }> }>) ?? []).map((block) => block.children.map((child) => child.text).join('')).join('\n');

interface ListedVersion {
  id: number;
  status: string;
  action: string;
  authorName: string | null;
  createdAt: string;
}

const listVersions = async (model: string, documentId: string): Promise<ListedVersion[]> => {
  const response = await cms.http.get('/tend-versions').query({ model, documentId }).set(...session);
  expect(response.status).toBe(200);
  return response.body.data as ListedVersion[];
};

/** An article written, published and edited in the dashboard, as the therapist would. */
async function writeArticle(slug: string): Promise<string> {
  const created = await cms.http
    .post(articles)
    .set(...session)
    .send({ title: 'Sleep and worry', slug, excerpt: 'On sleep.', body: paragraph('The first words about sleep.'), featured: false });
  expect(created.status).toBe(201);
  const documentId = created.body.data.documentId as string;
  expect((await cms.http.post(`${articles}/${documentId}/actions/publish`).set(...session).send({})).status).toBe(200);
  const edited = await cms.http
    .put(`${articles}/${documentId}`)
    .set(...session)
    .send({ title: 'Sleep and worry', body: paragraph('A hasty edit that lost the point.') });
  expect(edited.status).toBe(200);
  return documentId;
}

beforeAll(async () => {
  cms = await bootCms();
  session = await adminSession(cms);
});

afterAll(async () => {
  await cms?.stop();
});

describe('version history', () => {
  it('keeps a version of every save and every publish, with who and when, newest first', async () => {
    // The dashboard's publish saves the unchanged draft first: that copy adds nothing and is not kept.
    const before = Date.now();
    const documentId = await writeArticle('versions-who-and-when');
    const versions = await listVersions(ARTICLE, documentId);
    expect(versions.map(({ action, status }) => [action, status])).toEqual([
      ['update', 'draft'],
      ['publish', 'published'],
      ['create', 'draft'],
    ]);
    expect(versions.every((version) => version.authorName === 'Test Therapist')).toBe(true);
    for (const version of versions) {
      expect(new Date(version.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1_000);
      expect(new Date(version.createdAt).getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    }
  });

  it('compares two versions field by field in plain words', async () => {
    const documentId = await writeArticle('versions-compare');
    const [edited, published] = await listVersions(ARTICLE, documentId);
    const response = await cms.http.get('/tend-versions/compare').query({ from: published!.id, to: edited!.id }).set(...session);
    expect(response.status).toBe(200);
    const fields = response.body.data.fields as Array<{ label: string; before: string; after: string; changed: boolean }>;
    // Labelled as in the editor: "Article text", not the field's name "body".
    expect(fields.find((field) => field.label === 'Article text')).toEqual(
      expect.objectContaining({ before: 'The first words about sleep.', after: 'A hasty edit that lost the point.', changed: true }),
    );
    expect(fields.find((field) => field.label === 'Title')).toEqual(expect.objectContaining({ changed: false, before: 'Sleep and worry' }));
  });

  it('restores an older version as a draft, and leaves the published page alone', async () => {
    const documentId = await writeArticle('versions-restore');
    const [, published] = await listVersions(ARTICLE, documentId);
    // Change the published page too, so "restore published silently" would be visible.
    await cms.strapi.documents(ARTICLE).update({ documentId, data: { body: paragraph('Published second wording.') } as never });
    await cms.strapi.documents(ARTICLE).publish({ documentId });
    await cms.strapi.documents(ARTICLE).update({ documentId, data: { body: paragraph('Another hasty edit.') } as never });

    const restored = await cms.http.post(`/tend-versions/${published!.id}/restore`).set(...session).send({});
    expect(restored.status).toBe(200);
    expect(restored.body.data).toEqual({ documentId, status: 'draft', restoredFrom: published!.id });

    const draft = await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' });
    const live = await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' });
    expect(bodyText(draft?.body)).toBe('The first words about sleep.');
    expect(bodyText(live?.body)).toBe('Published second wording.');
    // The restore is itself a save, by the person who restored it.
    const [newest] = await listVersions(ARTICLE, documentId);
    expect(newest).toEqual(expect.objectContaining({ action: 'update', status: 'draft', authorName: 'Test Therapist' }));
  });

  it('keeps versions of single types such as the site settings, saved by the system', async () => {
    const site = cms.strapi.documents('api::site.site');
    const existing = await site.findFirst({ status: 'draft' });
    const documentId = existing?.documentId ?? (await site.create({ data: { siteName: 'Tend test' } as never })).documentId;
    await site.update({ documentId, data: { tagline: 'A quiet place to start.' } as never });
    const versions = await listVersions('api::site.site', documentId);
    expect(versions[0]).toEqual(expect.objectContaining({ action: 'update', status: 'draft', authorName: null }));
  });

  it('never keeps versions of consultation requests', async () => {
    const before = await cms.strapi.db.query(VERSION).count({});
    // As the website stores them (the dashboard cannot create consultation requests).
    const response = await cms.http
      .post('/api/enquiries')
      .set(...bearer(cms.tokens.enquiry))
      .send({ data: { name: 'Ada Example', email: 'ada@example.org', preferredContact: 'email', message: 'A private message that must not be copied.', consent: true } });
    expect(response.status).toBe(201);
    expect(await cms.strapi.db.query(VERSION).count({})).toBe(before);
    expect(await cms.strapi.db.query(VERSION).count({ where: { model: 'api::enquiry.enquiry' } })).toBe(0);
  });

  it('keeps the last 50 versions or a year of them, whichever is more', async () => {
    const versions = cms.strapi.db.query(VERSION);
    const now = new Date('2026-11-30T12:00:00Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
    const add = (targetDocumentId: string, createdAt: Date) =>
      versions.create({
        data: { model: ARTICLE, targetDocumentId, status: 'draft', action: 'update', snapshot: { title: 'x' }, createdAt },
      });
    // Busy: 60 versions within the year and 5 older ones. All 60 recent stay; the old ones go.
    for (let day = 1; day <= 60; day += 1) await add('busy-document', daysAgo(day));
    for (let day = 400; day < 405; day += 1) await add('busy-document', daysAgo(day));
    // Quiet: 52 versions, all older than a year: the newest 50 stay.
    for (let day = 400; day < 452; day += 1) await add('quiet-document', daysAgo(day));

    expect(await pruneVersions(cms.strapi, now)).toBe(5 + 2);
    expect(await versions.count({ where: { targetDocumentId: 'busy-document' } })).toBe(60);
    const quiet = (await versions.findMany({ where: { targetDocumentId: 'quiet-document' }, orderBy: { createdAt: 'asc' } })) as Array<{
      createdAt: string;
    }>;
    expect(quiet).toHaveLength(KEEP_VERSIONS);
    expect(new Date(quiet[0]!.createdAt).getTime()).toBe(daysAgo(449).getTime());
  });

  it('answers only signed-in dashboard users, and explains bad requests', async () => {
    expect((await cms.http.get('/tend-versions').query({ model: ARTICLE, documentId: 'x' })).status).toBe(401);
    const noModel = await cms.http.get('/tend-versions').query({ model: 'api::enquiry.enquiry', documentId: 'x' }).set(...session);
    expect(noModel.status).toBe(400);
    expect(noModel.body.error.message).toMatch(/Say which document/);
    const missing = await cms.http.post('/tend-versions/999999/restore').set(...session).send({});
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/no longer exists/);
  });
});
