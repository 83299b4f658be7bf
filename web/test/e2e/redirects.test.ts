// Old addresses in the browser: an article whose web address changed answers its old address with
// a 301 to the new one, a page marked "gone" answers 410 with a calm page, and a numbered legacy
// address (?p=123) of a previous website lands on its article. Every redirect here reaches the
// running web through the cms's webhook (reconciliation is off in this stack): no restart.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin, type AdminDocument, deleteArticlesEverywhere, paragraph, uniqueSlug } from './support/admin';
import { type Browser, h1Text, launch, visit } from './support/browser';
import { stackInfo } from './support/context';
import { get, stackTraceLeaks } from './support/http';
import { CRISIS_LINE } from './support/seed';
import { pollUntil, waitForStatus } from './support/webhook';

const info = stackInfo();
const { webUrl } = info;
const LIVE_WITHIN_MS = 5_000;
const REDIRECTS = '/content-manager/collection-types/api::redirect.redirect';

const oldSlug = uniqueSlug('redirect-old');
const newSlug = uniqueSlug('redirect-new');
const title = `Letting a worry pass ${oldSlug.slice(-6)}`;
const gonePath = `/e2e-retired-${oldSlug.slice(-6)}`;
const legacyId = String(100_000 + Number.parseInt(oldSlug.slice(-6), 16));

/** The status and Location of a visit, without following it. */
async function answer(path: string): Promise<{ status: number; location: string | null }> {
  const { status, headers } = await get(webUrl, path);
  return { status, location: headers.get('location') };
}

describe('old addresses lead readers to the right page', () => {
  let admin: Admin;
  let browser: Browser;
  let article: AdminDocument;
  const redirectIds: string[] = [];

  async function saveRedirect(data: Record<string, unknown>): Promise<void> {
    const saved = await admin.expectOk<{ data: { documentId: string } }>('POST', REDIRECTS, data);
    redirectIds.push(saved.data.documentId);
  }

  beforeAll(async () => {
    admin = await Admin.signIn(info);
    browser = await launch(webUrl);
    article = await admin.createDraft({ title, slug: oldSlug, excerpt: 'A short piece written by the end-to-end tests.', body: [paragraph('Let the worry be there, and let it pass.')] });
    await admin.publish(article.documentId);
    await waitForStatus(webUrl, `/articles/${oldSlug}`, 200, LIVE_WITHIN_MS);
  });

  afterAll(async () => {
    await browser?.close();
    if (!admin) return;
    const made = await admin.request<{ results: Array<{ documentId: string; from: string }> }>('GET', `${REDIRECTS}?page=1&pageSize=100&_q=${oldSlug.slice(-6)}`);
    for (const { documentId } of made.body.results ?? []) redirectIds.push(documentId);
    for (const documentId of new Set(redirectIds)) await admin.request('DELETE', `${REDIRECTS}/${documentId}`);
    if (article) await deleteArticlesEverywhere(admin, info, [{ ...article, slug: newSlug }]);
  });

  test('a new web address, published in the dashboard: the old one answers 301 and the browser lands on the article', async () => {
    // The old page is in the rendered-page cache: the redirect must still win once it exists.
    expect((await get(webUrl, `/articles/${oldSlug}`)).status).toBe(200);
    await admin.updateDraft(article.documentId, { slug: newSlug });
    await admin.publish(article.documentId);

    await pollUntil(() => answer(`/articles/${oldSlug}`), (reply) => reply.status === 301, LIVE_WITHIN_MS, 'the old address should redirect');
    expect(await answer(`/articles/${oldSlug}`)).toEqual({ status: 301, location: `/articles/${newSlug}` });
    expect(await answer(`/articles/${oldSlug}/`)).toEqual({ status: 301, location: `/articles/${newSlug}` });

    const page = await browser.newPage();
    await visit(page, `${webUrl}/articles/${oldSlug}`);
    expect(new URL(page.url()).pathname).toBe(`/articles/${newSlug}`);
    expect(await h1Text(page)).toBe(title);
    await page.close();
  });

  test('an address of a previous website, added in the Redirects list: ?p=ID lands on the article', async () => {
    await saveRedirect({ from: `/?p=${legacyId}`, to: `/articles/${oldSlug}`, kind: 'permanent', note: 'Imported from WordPress' });
    // The chain (old address → renamed article) was collapsed by the cms: one hop.
    await pollUntil(() => answer(`/?p=${legacyId}&utm_source=newsletter`), (reply) => reply.status === 301, LIVE_WITHIN_MS, 'the legacy address should redirect');
    expect(await answer(`/?p=${legacyId}`)).toEqual({ status: 301, location: `/articles/${newSlug}` });
    // Without the numbered parameter, "/" is the home page as ever.
    expect((await get(webUrl, '/')).status).toBe(200);

    const page = await browser.newPage();
    await visit(page, `${webUrl}/?p=${legacyId}`);
    expect(new URL(page.url()).pathname).toBe(`/articles/${newSlug}`);
    await page.close();
  });

  test('a page marked gone answers 410 with a calm page, the crisis line and a way on', async () => {
    expect((await get(webUrl, gonePath)).status).toBe(404);
    await saveRedirect({ from: gonePath, kind: 'gone', note: 'Retired on purpose' });
    await waitForStatus(webUrl, gonePath, 410, LIVE_WITHIN_MS);

    const page = await browser.newPage();
    const response = await visit(page, `${webUrl}${gonePath}`);
    expect(response.status()).toBe(410);
    expect(await h1Text(page)).toBe('This page has been taken down');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/removed on purpose/);
    expect(text).toContain(CRISIS_LINE.number);
    expect(stackTraceLeaks(await page.content())).toEqual([]);
    await page.close();
  });
});
