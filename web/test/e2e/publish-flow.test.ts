// The therapist's round trip, through the dashboard's own admin API and the real website:
// draft → preview (banner, readers get 404) → publish → live within 5 s and listed everywhere
// → edit and publish again → the change is live within 5 s → unpublish → gone within 5 s.
//
// Nothing is restarted. Reconciliation is off in this stack (support/stack.ts), so every "within
// 5 s" here can only come from the cms's webhook reaching /api/revalidate.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin, type AdminDocument, ARTICLE_UID, type ArticleInput, deleteArticlesEverywhere, heading, paragraph, uniqueSlug, uniqueWord } from './support/admin';
import { type Browser, h1Text, launch, visit } from './support/browser';
import { stackInfo } from './support/context';
import { get } from './support/http';
import { signedPreviewPath } from './support/preview-link';
import { linksTo, waitForBody, waitForStatus } from './support/webhook';

const info = stackInfo();
const { webUrl } = info;
const LIVE_WITHIN_MS = 5_000;
const BANNER = 'Preview — not published yet';

const word = uniqueWord();
const slug = uniqueSlug('publish-flow');
const path = `/articles/${slug}`;
const firstTitle = `Finding calm on a difficult morning ${slug.slice(-6)}`;
const secondTitle = `Finding calm on a hard morning ${slug.slice(-6)}`;

/** Everywhere a published article must show up, and an unpublished one must not. */
const LISTS = ['/articles', `/search?q=${word}`, '/sitemap.xml', '/feed.xml'];

describe('publishing an article, from draft to live and back', () => {
  let admin: Admin;
  let article: AdminDocument;
  let fields: ArticleInput;

  beforeAll(async () => {
    admin = await Admin.signIn(info);
    const topics = await admin.topics();
    const chosen = topics.filter((t) => ['anxiety', 'stress-and-burnout'].includes(t.slug));
    expect(chosen, 'the seed has the topics anxiety and stress-and-burnout').toHaveLength(2);
    fields = {
      title: firstTitle,
      slug,
      excerpt: 'A short, gentle piece written by the end-to-end tests.',
      body: [
        paragraph(`Some mornings start heavy. This piece mentions ${word} once, so that search can find it.`),
        heading('Small steps'),
        paragraph('Open a window, drink a glass of water, and name one thing you can see.'),
      ],
      featured: false,
    };
    article = await admin.createDraft({ ...fields, topics: { connect: chosen.map(({ documentId }) => ({ documentId })) } });
  });

  afterAll(async () => {
    if (article) await deleteArticlesEverywhere(admin, info, [article]);
  });

  test('the draft: "Open preview" shows it on the real page with the banner; readers get 404', async () => {
    const fromCms = await admin.previewUrl(ARTICLE_UID, article.documentId);
    expect.soft(fromCms, 'the dashboard gives an "Open preview" link (TEND_WEB_URL, TEND_PREVIEW_SECRET)').not.toBeNull();
    const previewUrl = fromCms ?? `${webUrl}${signedPreviewPath(info.secrets.preview, path)}`;
    const link = new URL(previewUrl);
    expect(link.origin).toBe(webUrl);
    expect(link.pathname).toBe('/preview');
    expect(link.searchParams.get('path')).toBe(path);

    const browser: Browser = await launch(webUrl);
    try {
      const page = await browser.newPage();
      const response = await visit(page, previewUrl);
      expect(response.status()).toBe(200);
      expect(new URL(page.url()).pathname, 'the preview link lands on the article’s own address').toBe(path);
      expect(await h1Text(page)).toBe(firstTitle);
      await expect.poll(() => page.getByRole('status').filter({ hasText: BANNER }).count()).toBe(1);
      expect(await page.getByRole('main').innerText()).toContain(word);
      const cookies = await browser.context.cookies();
      expect(cookies.find((c) => c.name === 'tend_preview')?.httpOnly, 'the preview cookie is httpOnly').toBe(true);
    } finally {
      await browser.close();
    }

    // A reader: a fresh client without the cookie.
    const reader = await get(webUrl, path);
    expect(reader.status).toBe(404);
    expect(reader.text.includes(firstTitle)).toBe(false);
    for (const list of LISTS) expect(linksTo((await get(webUrl, list)).text, slug), `${list} before publishing`).toBe(false);
  });

  test('publish: live within 5 s without a restart, and listed in /articles, search, sitemap and feed', async () => {
    const published = Date.now();
    await admin.publish(article.documentId, fields);
    await waitForStatus(webUrl, path, 200, LIVE_WITHIN_MS);
    const page = await get(webUrl, path);
    expect(page.text).toContain(firstTitle);
    expect(page.text).toContain(word);
    expect(page.text.includes(BANNER), 'readers see no preview banner').toBe(false);
    for (const topic of ['anxiety', 'stress-and-burnout']) expect(page.text, 'its two topics are linked').toContain(`href="/topics/${topic}"`);
    for (const list of LISTS) {
      const remaining = Math.max(500, LIVE_WITHIN_MS - (Date.now() - published));
      await waitForBody(webUrl, list, (body) => linksTo(body, slug), remaining, `${list} lists the new article`);
    }
    console.info(`[publish-flow] published → live and listed everywhere in ${Date.now() - published} ms`);
  });

  test('edit the title: saving the draft changes nothing for readers; publishing again shows it within 5 s', async () => {
    await admin.updateDraft(article.documentId, { title: secondTitle });
    const stillLive = await get(webUrl, path);
    expect(stillLive.status).toBe(200);
    expect(stillLive.text, 'a saved (unpublished) change is not live').toContain(firstTitle);
    expect(stillLive.text).not.toContain(secondTitle);

    const published = Date.now();
    await admin.publish(article.documentId, { ...fields, title: secondTitle });
    // The article page itself (reconciliation would never refresh a still-published page).
    await waitForBody(webUrl, path, (body) => body.includes(secondTitle) && !body.includes(firstTitle), LIVE_WITHIN_MS, 'the article page shows the new title');
    for (const list of ['/articles', `/search?q=${word}`, '/feed.xml']) {
      const remaining = Math.max(500, LIVE_WITHIN_MS - (Date.now() - published));
      await waitForBody(webUrl, list, (body) => body.includes(secondTitle) && !body.includes(firstTitle), remaining, `${list} shows the new title`);
    }
    console.info(`[publish-flow] edited → live everywhere in ${Date.now() - published} ms`);
  });

  test('unpublish: 404 within 5 s, and gone from /articles, search, sitemap and feed', async () => {
    const unpublished = Date.now();
    await admin.unpublish(article.documentId);
    await waitForStatus(webUrl, path, 404, LIVE_WITHIN_MS);
    for (const list of LISTS) {
      const remaining = Math.max(500, LIVE_WITHIN_MS - (Date.now() - unpublished));
      await waitForBody(webUrl, list, (body) => !linksTo(body, slug) && !body.includes(secondTitle), remaining, `${list} no longer lists it`);
    }
    const gone = await get(webUrl, path);
    expect(gone.text.includes(secondTitle), 'the 404 page does not show the article').toBe(false);
    console.info(`[publish-flow] unpublished → gone everywhere in ${Date.now() - unpublished} ms`);
  });
});
