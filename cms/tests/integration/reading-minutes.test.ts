import type { Core } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';
import { distModule } from './support/dist-module';

let cms: BootedCms;
const asWebsite = (path: string) => cms.http.get(path).set(...bearer(cms.tokens.read));

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const bodyOf = (n: number) => [{ type: 'paragraph', children: [{ type: 'text', text: words(n) }] }];

beforeAll(async () => {
  cms = await bootCms();
});

afterAll(async () => {
  await cms?.stop();
});

const articles = () => cms.strapi.documents('api::article.article');

async function storedMinutes(documentId: string): Promise<Array<number | null>> {
  const rows = (await cms.strapi.db.query('api::article.article').findMany({
    where: { documentId },
    select: ['readingMinutes'],
    orderBy: { id: 'asc' },
  })) as Array<{ readingMinutes: number | null }>;
  return rows.map((row) => row.readingMinutes);
}

describe('readingMinutes', () => {
  it('is computed on create, kept on publish, and served with the article', async () => {
    const created = await articles().create({
      data: { title: 'Reading time', slug: 'reading-time', excerpt: 'x', body: bodyOf(401), readingMinutes: 99 } as never,
      status: 'published',
    });
    expect(await storedMinutes(created.documentId)).toEqual([3, 3]);
    const response = await asWebsite('/api/articles?filters[slug][$eq]=reading-time&fields[0]=title&fields[1]=readingMinutes');
    expect(response.status).toBe(200);
    expect(response.body.data[0]).toMatchObject({ title: 'Reading time', readingMinutes: 3 });
    expect(response.body.data[0]).not.toHaveProperty('body');
  });

  it('follows the body on update and ignores a value sent by hand', async () => {
    const created = await articles().create({ data: { title: 'Short', slug: 'short-read', excerpt: 'x', body: bodyOf(10) } as never });
    expect(await storedMinutes(created.documentId)).toEqual([1]);
    await articles().update({ documentId: created.documentId, data: { body: bodyOf(1000) } as never });
    expect(await storedMinutes(created.documentId)).toEqual([5]);
    await articles().update({ documentId: created.documentId, data: { title: 'Still short', readingMinutes: 42 } as never });
    expect(await storedMinutes(created.documentId)).toEqual([5]);
  });

  it('gives a draft started without a body one minute', async () => {
    const created = await articles().create({ data: { title: 'Empty', slug: 'empty-read' } as never });
    expect(await storedMinutes(created.documentId)).toEqual([1]);
  });

  it('is filled in at boot for rows saved before it existed', async () => {
    const created = await articles().create({
      data: { title: 'Old article', slug: 'old-article', excerpt: 'x', body: bodyOf(650) } as never,
      status: 'published',
    });
    // As an article saved by an earlier version of the cms: no value at all.
    await cms.strapi.db.connection('articles').where({ document_id: created.documentId }).update({ reading_minutes: null });
    expect(await storedMinutes(created.documentId)).toEqual([null, null]);
    const { backfillReadingMinutes } = distModule<{ backfillReadingMinutes(strapi: Core.Strapi): Promise<number> }>(
      'reading-time/backfill-reading-minutes',
    );
    expect(await backfillReadingMinutes(cms.strapi)).toBe(2);
    expect(await storedMinutes(created.documentId)).toEqual([4, 4]);
    expect(await backfillReadingMinutes(cms.strapi)).toBe(0);
  });
});
