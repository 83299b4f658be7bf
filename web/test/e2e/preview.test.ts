// Preview is for the therapist only: the entry point checks the dashboard's signed, short-lived
// link (never the secret itself), the cookie it sets is signed and lasts 30 minutes at most, and
// anything else — forged, expired, signed with another secret, tampered with, stretched — gets
// what every reader gets. Wrong links are rate limited per client. Preview pages are never cached
// or indexed; reader pages never set a cookie; the readers' token still cannot ask for drafts.
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { stackInfo } from './support/context';
import { type Fetched, get } from './support/http';
import { PAGE_TYPES } from './support/pages';
import { signedPreviewCookie, signedPreviewPath } from './support/preview-link';
import { DRAFT, PUBLISHED } from './support/seed';

const { webUrl, cmsUrl, tokens, secrets } = stackInfo();
const COOKIE = 'tend_preview';
const BANNER = 'Preview — not published yet';
const DRAFT_PATH = `/articles/${DRAFT.slug}`;
const PUBLISHED_PATH = `/articles/${PUBLISHED[0]!.slug}`;
const HOUR = 60 * 60 * 1000;

const signedCookie = signedPreviewCookie;
const MINUTE = 60 * 1000;

/** GET from another loopback address (all of 127.0.0.0/8 is loopback): its own rate-limit count. */
function getFrom(from: string, path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, webUrl), { localAddress: from, headers: { Accept: 'text/html' }, timeout: 20_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The cookie as the web signed it before keys were derived: HMAC keyed with the preview secret. */
function legacyCookie(expires: number): string {
  return `${expires}.${createHmac('sha256', secrets.preview).update(`preview:${expires}`).digest('base64url')}`;
}

const withCookie = (path: string, value: string): Promise<Fetched> => get(webUrl, path, { Cookie: `${COOKIE}=${value}` });

/** The `<meta name="robots">` content, if any. */
const robotsMeta = (html: string): string | undefined =>
  /<meta\b[^>]*\bname="robots"[^>]*\bcontent="([^"]*)"/.exec(html)?.[1] ?? /<meta\b[^>]*\bcontent="([^"]*)"[^>]*\bname="robots"/.exec(html)?.[1];

function expectReaderView(response: Fetched, what: string): void {
  expect(response.status, `${what}: the draft's address is a 404`).toBe(404);
  expect(response.text.includes(DRAFT.title), `${what}: the draft's title`).toBe(false);
  expect(response.text.includes(BANNER), `${what}: the preview banner`).toBe(false);
}

describe('the preview entry point', () => {
  test('refuses links that are not the dashboard’s (401, a page saying what to do) and sets no cookie', async () => {
    const good = new URL(signedPreviewPath(secrets.preview, DRAFT_PATH), webUrl).searchParams;
    const attempts: [string, string][] = [
      ['no signature', `/preview?${new URLSearchParams({ path: DRAFT_PATH })}`],
      ['the raw secret, as links once carried it', `/preview?${new URLSearchParams({ secret: secrets.preview, path: DRAFT_PATH })}`],
      ['a made-up signature', `/preview?${new URLSearchParams({ path: DRAFT_PATH, expires: good.get('expires')!, signature: 'A'.repeat(43) })}`],
      ['another page than the one signed', `/preview?${new URLSearchParams({ path: PUBLISHED_PATH, expires: good.get('expires')!, signature: good.get('signature')! })}`],
      ['a later expiry than the one signed', `/preview?${new URLSearchParams({ path: DRAFT_PATH, expires: String(Number(good.get('expires')) + 3600), signature: good.get('signature')! })}`],
      ['signed with the webhook secret', signedPreviewPath(secrets.revalidate, DRAFT_PATH)],
    ];
    for (const [label, path] of attempts) {
      const response = await get(webUrl, path);
      expect(response.status, label).toBe(401);
      expect(response.text, `${label}: says what to do`).toContain('Open preview');
      expect(response.text, `${label}: names the problem`).toContain('This preview link is not valid');
      expect(response.headers.get('set-cookie'), `${label}: no cookie`).toBeNull();
      expect(response.headers.get('location'), `${label}: no redirect`).toBeNull();
      expect(response.text.includes(secrets.preview), `${label}: the secret is not echoed`).toBe(false);
    }
  });

  test('refuses an expired link, saying so', async () => {
    const response = await get(webUrl, signedPreviewPath(secrets.preview, DRAFT_PATH, -5));
    expect(response.status).toBe(401);
    expect(response.text).toContain('This preview link has expired');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  test('sends only to a page of this site (no open redirect), even when the link is signed', async () => {
    for (const path of ['https://example.org/', '//example.org/articles', '/\\example.org', 'javascript:alert(1)', '/articles/../admin']) {
      const response = await get(webUrl, signedPreviewPath(secrets.preview, path));
      expect(response.status, path).toBe(400);
      expect(response.headers.get('location'), path).toBeNull();
      expect(response.headers.get('set-cookie'), `${path}: no cookie`).toBeNull();
    }
  });

  test('with a signed link: a signed, httpOnly cookie for 30 minutes at most and a redirect to the page', async () => {
    const response = await get(webUrl, signedPreviewPath(secrets.preview, DRAFT_PATH));
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(DRAFT_PATH);
    expect(response.headers.get('cache-control')).toMatch(/no-store/);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${COOKIE}=\\d+\\.[\\w-]+;`));
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/i);
    const maxAge = Number(/Max-Age=(\d+)/i.exec(cookie)?.[1]);
    expect(maxAge, 'lifetime in seconds').toBeGreaterThan(0);
    expect(maxAge, 'short-lived: 30 minutes at most').toBeLessThanOrEqual(1800);
    const value = /^tend_preview=([^;]+)/.exec(cookie)?.[1] ?? '';
    expect(value.includes(secrets.preview), 'the cookie does not carry the secret').toBe(false);
  });

  test('limits wrong links per client (429 after ten), while another client is not affected', async () => {
    const wrong = `/preview?${new URLSearchParams({ path: DRAFT_PATH, expires: String(Math.floor(Date.now() / 1000) + 300), signature: 'B'.repeat(43) })}`;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await getFrom('127.0.0.5', wrong)).status);
    expect(statuses.slice(0, 10)).toEqual(Array<number>(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const refused = await getFrom('127.0.0.5', wrong);
    expect(refused.text).toContain('Too many preview attempts');
    expect((await getFrom('127.0.0.6', wrong)).status, 'another client still gets the plain refusal').toBe(401);
    // The therapist's real link still works from the limited address.
    expect((await getFrom('127.0.0.5', signedPreviewPath(secrets.preview, DRAFT_PATH))).status).toBe(302);
  });
});

describe('a preview page', () => {
  test('shows the draft with the banner, and is never cached, indexed or framed by anyone but the dashboard', async () => {
    const response = await withCookie(DRAFT_PATH, signedCookie(secrets.preview, Date.now() + 20 * MINUTE));
    expect(response.status).toBe(200);
    expect(response.text).toContain(DRAFT.title);
    expect(response.text).toContain(BANNER);
    expect.soft(response.headers.get('cache-control'), 'cache-control').toBe('private, no-store');
    expect.soft(response.headers.get('vary') ?? '', 'shared caches keep previews apart from readers’ pages').toMatch(/cookie/i);
    expect.soft(response.headers.get('x-tend-page-cache'), 'never from or into the page cache').toBeNull();
    expect.soft(response.headers.get('x-robots-tag') ?? '(none)', 'x-robots-tag').toMatch(/noindex/);
    expect.soft(robotsMeta(response.text) ?? '(no robots meta)', '<meta name="robots">').toMatch(/noindex/);
    expect.soft(response.headers.get('content-security-policy') ?? '', 'only the dashboard may frame a preview').toMatch(new RegExp(`frame-ancestors ${cmsUrl.replace(/[.]/g, '\\.')}(;|\\s|$)`));

    // The same address straight after, without the cookie: nothing of the draft stayed in a cache.
    expectReaderView(await get(webUrl, DRAFT_PATH), 'right after a preview, without the cookie');
    const reader = await get(webUrl, PUBLISHED_PATH);
    expect(reader.headers.get('content-security-policy') ?? '', 'reader pages cannot be framed').toMatch(/frame-ancestors 'none'/);
  });

  test('exit preview clears the cookie and returns to the page', async () => {
    const response = await withCookie(`/preview/exit?path=${encodeURIComponent(PUBLISHED_PATH)}`, signedCookie(secrets.preview, Date.now() + 20 * MINUTE));
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(PUBLISHED_PATH);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie, 'the cookie is deleted').toMatch(new RegExp(`^${COOKIE}=;`));
    expect(cookie).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  });
});

describe('cookies that are not the real thing are ignored', () => {
  test('the format used below is the web’s own (a correctly signed, unexpired cookie works)', async () => {
    const response = await withCookie(DRAFT_PATH, signedCookie(secrets.preview, Date.now() + 20 * MINUTE));
    expect(response.status).toBe(200);
  });

  const otherSecret = 'f'.repeat(64);
  const cases: [string, () => string][] = [
    ['forged: a future expiry and a made-up signature', () => `${Date.now() + HOUR}.${'A'.repeat(43)}`],
    ['forged: a future expiry and garbage', () => `${Date.now() + HOUR}.garbage`],
    ['expired, correctly signed', () => signedCookie(secrets.preview, Date.now() - 1000)],
    ['signed with a different secret', () => signedCookie(otherSecret, Date.now() + 20 * MINUTE)],
    ['signed with the webhook secret', () => signedCookie(secrets.revalidate, Date.now() + 20 * MINUTE)],
    ['a real cookie with its expiry pushed back', () => signedCookie(secrets.preview, Date.now() + 20 * MINUTE).replace(/^\d+/, String(Date.now() + 1000 * HOUR))],
    ['correctly signed, but lasting longer than the 30 minutes the web grants', () => signedCookie(secrets.preview, Date.now() + HOUR)],
    ['signed the old way (with the preview secret itself as the key)', () => legacyCookie(Date.now() + 20 * MINUTE)],
    ['no signature', () => `${Date.now() + HOUR}`],
    ['empty', () => ''],
    ['the secret itself', () => secrets.preview],
  ];
  for (const [name, value] of cases) {
    test(name, async () => {
      expectReaderView(await withCookie(DRAFT_PATH, value()), name);
      const published = await withCookie(PUBLISHED_PATH, value());
      expect(published.status, `${name}: a published page still answers`).toBe(200);
      expect(published.text.includes(BANNER), `${name}: no banner on a published page`).toBe(false);
      expect(published.headers.get('cache-control') ?? '', `${name}: not treated as a preview response`).not.toMatch(/private/);
    });
  }
});

describe('readers', () => {
  test('never get a Set-Cookie, whatever page they open', async () => {
    const paths = [...PAGE_TYPES.map((p) => p.path), '/feed.xml', '/sitemap.xml', '/robots.txt', DRAFT_PATH, '/api/articles', '/api/site'];
    const setting: string[] = [];
    for (const path of paths) {
      const cookie = (await get(webUrl, path)).headers.get('set-cookie');
      if (cookie) setting.push(`${path}: ${cookie}`);
    }
    expect(setting).toEqual([]);
  });

  test('the readers’ token still cannot see drafts in the cms (only the preview token can)', async () => {
    const asReader = await fetch(`${cmsUrl}/api/articles?status=draft`, { headers: { Authorization: `Bearer ${tokens.read}` } });
    expect(asReader.status).toBe(403);
    expect(await asReader.text()).not.toContain(DRAFT.slug);
    const asPreview = await fetch(`${cmsUrl}/api/articles?status=draft&filters[slug][$eq]=${DRAFT.slug}`, { headers: { Authorization: `Bearer ${tokens.preview}` } });
    expect(asPreview.status).toBe(200);
    expect(await asPreview.text()).toContain(DRAFT.slug);
  });
});
