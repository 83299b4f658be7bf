// One end-to-end check of a dashboard guardrail (the cms's integration tests cover the rest):
// publishing an article whose cover has no alternative text is refused, and the refusal says
// which image. With alternative text, the same article publishes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin, type AdminDocument, deleteArticlesEverywhere, paragraph, tinyPng, uniqueSlug } from './support/admin';
import { stackInfo } from './support/context';

const info = stackInfo();

describe('a cover without alternative text', () => {
  let admin: Admin;
  const files: number[] = [];
  let article: AdminDocument | undefined;

  beforeAll(async () => {
    admin = await Admin.signIn(info);
  });

  afterAll(async () => {
    if (article) await deleteArticlesEverywhere(admin, info, [article]);
    for (const id of files) await admin.deleteFile(id);
  });

  test('publishing is refused with a 4xx that names the image; with alt text it publishes', async () => {
    const slug = uniqueSlug('alt-text');
    const name = `${slug}-cover.png`;
    const bare = await admin.uploadImage(name, tinyPng());
    files.push(bare.id);
    const input = {
      title: `A quiet walk by the river ${slug.slice(-6)}`,
      slug,
      excerpt: 'Written by the end-to-end tests, with a cover that has no alternative text.',
      body: [paragraph('The river does not hurry, and neither do we.')],
      featured: false,
      cover: bare.id,
    };
    article = await admin.createDraft(input);

    const refused = await admin.publishReply(article.documentId, input);
    expect(refused.status, `publish answered ${refused.status}: ${JSON.stringify(refused.body).slice(0, 300)}`).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const message = refused.body?.error?.message ?? '';
    expect(message.includes(name) || message.includes(name.replace(/\.png$/, '')) || /cover/i.test(message), `the refusal names the image: "${message}"`).toBe(true);

    // The same article with a described cover goes through: the refusal was about the alt text.
    const described = await admin.uploadImage(`${slug}-described.png`, tinyPng(), 'A calm green square standing in for a river at dusk.');
    files.push(described.id);
    const published = await admin.publishReply(article.documentId, { ...input, cover: described.id });
    expect(published.status, JSON.stringify(published.body).slice(0, 300)).toBe(200);
  });
});
