// Readers are not tracked and the CMS stays invisible: every request of every page type goes to
// the site's own origin, no cookies are set, and no page or payload reveals the CMS or its tokens.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, launch, visit } from './support/browser';
import { stackInfo } from './support/context';
import { get } from './support/http';
import { PAGE_TYPES } from './support/pages';

const { webUrl, cmsUrl, tokens } = stackInfo();
const cmsHostPort = new URL(cmsUrl).host; // 127.0.0.1:<port>
const cmsPort = new URL(cmsUrl).port;
const SECRETS: Record<string, string> = {
  'CMS address': cmsHostPort,
  'CMS address (localhost)': `localhost:${cmsPort}`,
  'read token': tokens.read,
  'preview token': tokens.preview,
  'enquiry token': tokens.enquiry,
};
const EXTRA_PATHS = ['/feed.xml', '/sitemap.xml', '/robots.txt', '/search?q=grief'];

function leaksIn(body: string): string[] {
  return Object.entries(SECRETS)
    .filter(([, value]) => body.includes(value))
    .map(([name]) => name);
}

describe('privacy', () => {
  let browser: Browser;
  const bodyLeaks: string[] = [];

  beforeAll(async () => {
    browser = await launch(webUrl);
    // Every same-origin response the browser receives (HTML, payloads, API JSON, scripts) is read.
    browser.context.on('response', async (response) => {
      if (new URL(response.url()).origin !== webUrl) return;
      const type = response.headers()['content-type'] ?? '';
      if (!/html|json|javascript|xml|text/.test(type)) return;
      const body = await response.text().catch(() => '');
      for (const leak of leaksIn(body)) bodyLeaks.push(`${response.url()}: ${leak}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('every page type, visited and navigated in Chromium, talks only to its own origin and sets no cookie', async () => {
    const page = await browser.newPage();
    for (const { path, status } of PAGE_TYPES) {
      const response = await visit(page, `${webUrl}${path}`);
      expect(response.status(), path).toBe(status);
      await page.waitForLoadState('networkidle');
    }
    // Client-side navigation too (JSON fetched by the app after hydration).
    await visit(page, webUrl);
    await page.waitForLoadState('networkidle');
    const articleLink = page.getByRole('main').locator('a[href^="/articles/"]').first();
    await Promise.all([page.waitForURL(/\/articles\/[^/]+$/), articleLink.click()]);
    await page.waitForLoadState('networkidle');

    expect(browser.requests.length).toBeGreaterThan(PAGE_TYPES.length);
    browser.assertOwnOriginOnly();
    await browser.assertNoCookies();
    expect(bodyLeaks).toEqual([]);
  });

  test('images come only from /media/ on the site’s own origin', async () => {
    const page = await browser.newPage();
    for (const { path } of PAGE_TYPES.filter((p) => ['home', 'articles', 'article', 'about'].includes(p.type))) {
      await visit(page, `${webUrl}${path}`);
      const sources = await page.getByRole('main').locator('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).currentSrc || (img as HTMLImageElement).src));
      for (const src of sources) {
        const url = new URL(src);
        expect(url.origin, `${path}: ${src}`).toBe(webUrl);
        expect(url.pathname, `${path}: ${src}`).toMatch(/^\/media\//);
      }
    }
    browser.assertOwnOriginOnly();
  });

  test.each([...PAGE_TYPES.map((p) => p.path), ...EXTRA_PATHS])('%s: no Set-Cookie, no CMS address or token in the response', async (path) => {
    const { headers, text } = await get(webUrl, path);
    expect(headers.get('set-cookie')).toBeNull();
    expect(leaksIn(text)).toEqual([]);
    // Extracted payloads, when the page links any.
    for (const [, payload] of text.matchAll(/["'](\/[^"']*_payload\.json[^"']*)["']/g)) {
      const extracted = await get(webUrl, payload!);
      expect(extracted.headers.get('set-cookie')).toBeNull();
      expect(leaksIn(extracted.text), payload).toEqual([]);
    }
  });

  test('the built scripts and styles contain no CMS address or token', async () => {
    const { text } = await get(webUrl, '/');
    const assets = [...new Set([...text.matchAll(/(?:src|href)="(\/_nuxt\/[^"]+)"/g)].map((m) => m[1]!))];
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const fetched = await get(webUrl, asset);
      expect(fetched.status, asset).toBe(200);
      expect(leaksIn(fetched.text), asset).toEqual([]);
    }
  });
});
