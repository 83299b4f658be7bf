import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';

let cms: BootedCms;
let session: [string, string];

const ARTICLE = 'api::article.article';
const articles = '/content-manager/collection-types/api::article.article';

interface UploadedFile {
  id: number;
  name: string;
  hash: string;
  url: string;
  alternativeText: string | null;
  width: number;
  height: number;
  createdAt: string;
  updatedAt: string;
}

beforeAll(async () => {
  cms = await bootCms();
  session = await adminSession(cms);
});

afterAll(async () => {
  await cms?.stop();
});

/** Uploads a picture through the Media Library, as the therapist would, without alternative text. */
async function upload(name: string): Promise<UploadedFile> {
  const png = await sharp({ create: { width: 48, height: 32, channels: 3, background: '#8fb8a8' } }).png().toBuffer();
  const response = await cms.http.post('/upload').set(...session).attach('files', png, { filename: name, contentType: 'image/png' });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body[0] as UploadedFile;
}

async function describeImage(file: UploadedFile, alternativeText: string): Promise<void> {
  const response = await cms.http.post(`/upload?id=${file.id}`).set(...session).field('fileInfo', JSON.stringify({ alternativeText }));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** An image block exactly as the dashboard's editor inserts it: the file name stands in for a missing alt. */
const imageBlock = (file: UploadedFile) => ({
  type: 'image',
  image: {
    name: file.name,
    alternativeText: file.alternativeText || file.name,
    url: file.url,
    width: file.width,
    height: file.height,
    hash: file.hash,
    ext: '.png',
    mime: 'image/png',
    size: 1,
    provider: 'local',
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
  },
  children: [{ type: 'text', text: '' }],
});

async function createDraft(slug: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await cms.http
    .post(articles)
    .set(...session)
    .send({ title: `Guardrail ${slug}`, slug, excerpt: 'A short excerpt.', body: [paragraph('Hello')], ...extra });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return String(response.body.data.documentId);
}

const publish = (documentId: string) => cms.http.post(`${articles}/${documentId}/actions/publish`).set(...session).send({});
const update = (documentId: string, data: Record<string, unknown>) => cms.http.put(`${articles}/${documentId}`).set(...session).send(data);
const published = (documentId: string) => cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' });

// Changing the address of a published article makes a redirect: tests/integration/redirects.test.ts.
describe('the web address of an article', () => {
  it('may change freely while the article has never been published', async () => {
    const documentId = await createDraft('first-thoughts');
    const renamed = await update(documentId, { slug: 'second-thoughts' });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body.data.slug).toBe('second-thoughts');
    await cms.strapi.documents(ARTICLE).update({ documentId, data: { slug: 'third-thoughts' } as never });
    expect((await cms.strapi.documents(ARTICLE).findOne({ documentId }))?.slug).toBe('third-thoughts');
  });

  it('lets a duplicate take a new address', async () => {
    const documentId = await createDraft('old-address');
    expect((await publish(documentId)).status).toBe(200);
    const copy = await cms.http
      .post(`${articles}/clone/${documentId}`)
      .set(...session)
      .send({ title: 'Guardrail new address', slug: 'new-address', excerpt: 'A short excerpt.', body: [paragraph('Hello')] });
    expect(copy.status, JSON.stringify(copy.body)).toBe(200);
    const copyId = String(copy.body.data.documentId);
    expect((await publish(copyId)).status).toBe(200);
    expect((await published(copyId))?.slug).toBe('new-address');
  });
});

describe('pictures need alternative text before they are published', () => {
  it('refuses to publish an article whose cover has none, naming the file; saving the draft is fine', async () => {
    const cover = await upload('cover-quiet-lake.png');
    const documentId = await createDraft('quiet-lake', { cover: cover.id });

    const refused = await publish(documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      'Add alternative text to the image "cover-quiet-lake.png" (Media Library → edit the image) before publishing: it is the cover image.',
    );
    expect(refused.body.error.details.errors[0].path).toEqual(['cover']);
    expect(await published(documentId)).toBeNull();
    await expect(cms.strapi.documents(ARTICLE).publish({ documentId })).rejects.toThrow(/cover-quiet-lake\.png/);

    await describeImage(cover, 'A still lake at dawn under a pale sky');
    expect((await publish(documentId)).status).toBe(200);
    expect(await published(documentId)).not.toBeNull();
  });

  it('refuses an image in the article text whose only "alt" is its file name, then takes the Media Library text', async () => {
    const picture = await upload('IMG_2031.png');
    const documentId = await createDraft('walking-helps', { body: [paragraph('Before.'), imageBlock(picture), paragraph('After.')] });

    const refused = await publish(documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      'Add alternative text to the image "IMG_2031.png" (Media Library → edit the image) before publishing: it is in the article text.',
    );

    await describeImage(picture, 'A path through a beech wood in autumn');
    expect((await publish(documentId)).status).toBe(200);
    const article = await published(documentId);
    const image = (article?.body as Array<{ type: string; image?: { alternativeText?: string } }>).find((node) => node.type === 'image');
    expect(image?.image?.alternativeText).toBe('A path through a beech wood in autumn');
  });

  it('refuses "create and publish" in one call, leaving nothing behind', async () => {
    const cover = await upload('cover-no-alt.png');
    await expect(
      cms.strapi.documents(ARTICLE).create({
        data: { title: 'All at once', slug: 'all-at-once', excerpt: 'Short.', body: [paragraph('Hi')], cover: cover.id } as never,
        status: 'published',
      }),
    ).rejects.toThrow(/cover-no-alt\.png/);
    expect(await cms.strapi.db.query(ARTICLE).count({ where: { slug: 'all-at-once' } })).toBe(0);
  });

  it('publishes an article without pictures as before', async () => {
    const created = await cms.strapi.documents(ARTICLE).create({
      data: { title: 'No pictures', slug: 'no-pictures', excerpt: 'Short.', body: [paragraph('Hi')] } as never,
      status: 'published',
    });
    expect(created.publishedAt).toBeTruthy();
    expect(await published(created.documentId)).not.toBeNull();
  });
});
