// Undoing a bad edit from the dashboard's version history: restoring an older version makes a
// draft that the preview shows, while readers keep the published page until the therapist
// publishes the restored text herself.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin, type AdminDocument, ARTICLE_UID, type ArticleInput, deleteArticlesEverywhere, paragraph, uniqueSlug } from './support/admin';
import { type Browser, launch, visit } from './support/browser';
import { stackInfo } from './support/context';
import { get } from './support/http';
import { waitForBody, waitForStatus } from './support/webhook';

const info = stackInfo();
const { webUrl } = info;
const LIVE_WITHIN_MS = 5_000;

const slug = uniqueSlug('versions');
const path = `/articles/${slug}`;
const original = `Breathing out for longer than you breathe in tells the body it is safe ${slug.slice(-6)}.`;
const hastyEdit = `A hasty edit that lost the point ${slug.slice(-6)}.`;

interface VersionSummary {
  id: number;
  status: string;
  action: string;
}

describe('restoring an older version of an article', () => {
  let admin: Admin;
  let article: AdminDocument;
  let fields: ArticleInput;

  beforeAll(async () => {
    admin = await Admin.signIn(info);
    fields = { title: `Breathing for calm ${slug.slice(-6)}`, slug, excerpt: 'A short piece about breathing.', body: [paragraph(original)], featured: false };
    article = await admin.createDraft(fields);
    await admin.publish(article.documentId, fields);
    await waitForStatus(webUrl, path, 200, LIVE_WITHIN_MS);
    await admin.publish(article.documentId, { ...fields, body: [paragraph(hastyEdit)] });
    await waitForBody(webUrl, path, (body) => body.includes(hastyEdit), LIVE_WITHIN_MS, 'the hasty edit is live');
  });

  afterAll(async () => {
    if (article) await deleteArticlesEverywhere(admin, info, [article]);
  });

  test('the restored text is in preview, readers keep the live page until it is published', async () => {
    const versions = await admin.expectOk<{ data: VersionSummary[] }>(
      'GET',
      `/tend-versions?${new URLSearchParams({ model: ARTICLE_UID, documentId: article.documentId })}`,
    );
    // Newest first: the oldest publish is the original wording.
    const firstPublish = versions.data.filter((version) => version.action === 'publish').at(-1);
    expect(firstPublish, 'the first publish kept a version').toBeDefined();
    const restored = await admin.request<{ data?: { status?: string } }>('POST', `/tend-versions/${firstPublish!.id}/restore`, {});
    expect(restored.status).toBe(200);
    expect(restored.body.data?.status).toBe('draft');

    const previewUrl = await admin.previewUrl(ARTICLE_UID, article.documentId);
    expect(previewUrl, 'the dashboard gives an "Open preview" link').not.toBeNull();
    const browser: Browser = await launch(webUrl);
    try {
      const page = await browser.newPage();
      expect((await visit(page, previewUrl!)).status()).toBe(200);
      const main = await page.getByRole('main').innerText();
      expect(main).toContain(original);
      expect(main).not.toContain(hastyEdit);
    } finally {
      await browser.close();
    }

    const live = await get(webUrl, path);
    expect(live.text, 'readers still see the published wording').toContain(hastyEdit);
    expect(live.text).not.toContain(original);

    await admin.publish(article.documentId);
    await waitForBody(webUrl, path, (body) => body.includes(original) && !body.includes(hastyEdit), LIVE_WITHIN_MS, 'the restored text is live once published');
  });
});
