// Reading pages are rendered once per content change and then served from the page cache:
// compressed by the server itself, with validators and cache headers a browser or CDN can use;
// a publish purges exactly the pages it affects, before the webhook answers.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin, type AdminDocument, deleteArticlesEverywhere, paragraph, uniqueSlug } from './support/admin';
import { stackInfo } from './support/context';
import { BROWSER_HEADERS } from './support/http';
import { NEWEST_ARTICLE } from './support/pages';
import { deliver, strapiPayload, waitForBody } from './support/webhook';

const info = stackInfo();
const { webUrl } = info;

async function fetchPage(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(path, webUrl), { headers: { ...BROWSER_HEADERS, ...headers }, redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  return { response, body, cache: response.headers.get('x-tend-page-cache') };
}

/** Requests a page until it comes from the cache (the first request after a purge renders it). */
async function cachedPage(path: string, headers: Record<string, string> = {}) {
  await fetchPage(path, headers);
  const second = await fetchPage(path, headers);
  expect(second.cache, `${path} is served from the page cache the second time`).toBe('hit');
  return second;
}

const ARTICLE = `/articles/${NEWEST_ARTICLE.slug}`;

describe('the rendered-page cache and HTTP caching', () => {
  test('a reading page is rendered once, then served from the cache with a strong ETag and cache headers', async () => {
    const { response } = await cachedPage(ARTICLE);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    const cacheControl = response.headers.get('cache-control') ?? '';
    for (const part of ['public', 'max-age=60', 's-maxage=', 'stale-while-revalidate=']) expect(cacheControl).toContain(part);
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(response.headers.get('content-security-policy'), 'security headers are stored with the page').toMatch(/script-src ('sha256-|'none')/);
  });

  test('If-None-Match with the current ETag answers 304 without a body', async () => {
    const { response } = await cachedPage(ARTICLE);
    const again = await fetchPage(ARTICLE, { 'If-None-Match': response.headers.get('etag') ?? '' });
    expect(again.response.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('brotli, gzip or identity, as the request accepts (Node itself compresses)', async () => {
    // Node's fetch decodes the body; the encoding header and the raw length tell what was sent.
    const br = await cachedPage(ARTICLE, { 'Accept-Encoding': 'gzip, br' });
    const gzip = await cachedPage(ARTICLE, { 'Accept-Encoding': 'gzip' });
    const plain = await cachedPage(ARTICLE, { 'Accept-Encoding': 'identity' });
    expect(br.response.headers.get('content-encoding')).toBe('br');
    expect(gzip.response.headers.get('content-encoding')).toBe('gzip');
    expect(plain.response.headers.get('content-encoding')).toBeNull();
    const sent = (r: Response) => Number(r.headers.get('content-length'));
    expect(sent(br.response)).toBeLessThan(sent(gzip.response));
    expect(sent(gzip.response)).toBeLessThan(plain.body.length / 3);
    expect(br.body.toString()).toBe(plain.body.toString());
  });

  test('JSON, feeds and CSS are compressed too; hashed assets are immutable for a year', async () => {
    const html = (await fetchPage('/')).body.toString();
    const css = /href="(\/_nuxt\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css, 'the page links its stylesheet').toBeTruthy();
    const asset = await fetchPage(css!, { 'Accept-Encoding': 'br, gzip' });
    expect(asset.response.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable|immutable.*max-age=31536000/);
    expect(asset.response.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
    const feed = await fetchPage('/feed.xml', { 'Accept-Encoding': 'br' });
    expect(feed.response.headers.get('content-encoding')).toBe('br');
    const api = await fetchPage('/api/articles', { 'Accept-Encoding': 'gzip' });
    expect(api.response.headers.get('content-encoding')).toBe('gzip');
  });

  test('the 404 page is compressed like every page, and reads the same in each encoding', async () => {
    const address = '/articles/no-such-article-to-compress';
    const br = await fetchPage(address, { 'Accept-Encoding': 'gzip, br' });
    const gzip = await fetchPage(address, { 'Accept-Encoding': 'gzip' });
    const plain = await fetchPage(address, { 'Accept-Encoding': 'identity' });
    for (const { response } of [br, gzip, plain]) expect(response.status).toBe(404);
    expect(br.response.headers.get('content-encoding')).toBe('br');
    expect(gzip.response.headers.get('content-encoding')).toBe('gzip');
    expect(plain.response.headers.get('content-encoding')).toBeNull();
    expect(Number(br.response.headers.get('content-length'))).toBeLessThan(plain.body.length / 2);
    expect(br.body.toString()).toContain('<title>');
    expect(br.body.toString()).toBe(plain.body.toString());
  });

  test('requests that are not the same for every reader are never served from or stored in the cache', async () => {
    const withCookie = await fetchPage(ARTICLE, { Cookie: 'tend_preview=forged' });
    expect(withCookie.cache).toBeNull();
    const oddQuery = await fetchPage(`${ARTICLE}?utm_source=x`);
    expect(oddQuery.cache).toBeNull();
    const missing = await fetchPage('/articles/no-such-article-here');
    expect(missing.response.status).toBe(404);
    expect(missing.cache).toBeNull();
  });

  // Before this file publishes anything: the cms's own webhooks for that publish may still arrive.
  test('when the webhook answers, the changed article, home and /articles are already rendered again', async () => {
    const warmed = [ARTICLE, '/', '/articles'];
    const purgedOnly = '/articles?page=2';
    for (const path of [...warmed, purgedOnly]) await cachedPage(path);
    const reply = await deliver(webUrl, { secret: info.secrets.revalidate, body: strapiPayload('entry.publish', { slug: NEWEST_ARTICLE.slug }) });
    expect(reply.status).toBe(200);
    // The first reader after a publish is served a stored page: nobody waits for a render.
    for (const path of warmed) expect((await fetchPage(path)).cache, `${path} after the webhook`).toBe('hit');
    // Other lists were purged too, and render on their first request.
    expect((await fetchPage(purgedOnly)).cache, `${purgedOnly} after the webhook`).toBe('miss');
  });
});

describe('a publish purges exactly the pages it affects', () => {
  let admin: Admin;
  let article: AdminDocument | undefined;
  const slug = uniqueSlug('page-cache');

  beforeAll(async () => {
    admin = await Admin.signIn(info);
  });

  afterAll(async () => {
    if (article) await deleteArticlesEverywhere(admin, info, [article]);
  });

  test('the new article is listed at once; pages that do not list articles stay cached', async () => {
    const untouched = ['/about', '/urgent-help', '/privacy'];
    for (const path of [...untouched, '/articles', '/']) await cachedPage(path);

    article = await admin.createDraft({ title: `Rain on the window ${slug.slice(-6)}`, slug, excerpt: 'Written by the page-cache test.', body: [paragraph('A quiet paragraph.')], featured: false });
    await admin.publish(article.documentId);
    await waitForBody(webUrl, '/articles', (body) => body.includes(`/articles/${slug}`), 5_000, '/articles lists the new article');

    expect((await fetchPage('/')).body.toString(), 'home lists it').toContain(`/articles/${slug}`);
    for (const path of untouched) expect((await fetchPage(path)).cache, `${path} was not purged`).toBe('hit');
  });
});
