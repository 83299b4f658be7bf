// The revalidation endpoint the cms's webhook calls (POST /api/revalidate): bearer secret,
// idempotent, refetches instead of trusting the payload, copes with Strapi's empty entries, and
// refuses a flood. "A missed delivery, then an empty entry" is in reconcile.test.ts.
import { beforeAll, describe, expect, test } from 'vitest';
import { stackInfo } from './support/context';
import { get } from './support/http';
import { PUBLISHED } from './support/seed';
import { deliver, strapiPayload } from './support/webhook';

const { webUrl, secrets } = stackInfo();
const ARTICLE = PUBLISHED[0]!;

/** What a reader sees, in short: the slugs on /articles, and the article's status and title. */
async function siteSnapshot(): Promise<{ list: string[]; articleStatus: number; showsTitle: boolean }> {
  const list = [...(await get(webUrl, '/articles')).text.matchAll(/href="\/articles\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
  const article = await get(webUrl, `/articles/${ARTICLE.slug}`);
  return { list: [...new Set(list)], articleStatus: article.status, showsTitle: article.text.includes(ARTICLE.title) };
}

describe('POST /api/revalidate', () => {
  let before: Awaited<ReturnType<typeof siteSnapshot>>;

  beforeAll(async () => {
    before = await siteSnapshot();
    expect(before.articleStatus).toBe(200);
    expect(before.list.length).toBeGreaterThan(0);
  });

  test('a missing or wrong secret is refused with 401', async () => {
    const attempts: [string, { secret: string | null; authorization?: string }][] = [
      ['no Authorization header', { secret: null }],
      ['an empty bearer', { secret: null, authorization: 'Bearer ' }],
      ['a wrong secret of the same length', { secret: `${secrets.revalidate.slice(0, -4)}0000` }],
      ['the preview secret', { secret: secrets.preview }],
      ['the right secret in the wrong scheme', { secret: null, authorization: `Basic ${secrets.revalidate}` }],
      ['the right secret as a bare header', { secret: null, authorization: secrets.revalidate }],
    ];
    for (const [label, options] of attempts) {
      const reply = await deliver(webUrl, { ...options, body: strapiPayload('entry.publish', { slug: ARTICLE.slug }) });
      expect(reply.status, label).toBe(401);
      expect(reply.text.includes(secrets.revalidate), `${label}: the secret is not echoed`).toBe(false);
    }
  });

  test('a duplicate delivery: both 200, and the site is unchanged', async () => {
    const payload = strapiPayload('entry.publish', { id: 1, documentId: 'x', slug: ARTICLE.slug, title: ARTICLE.title });
    const first = await deliver(webUrl, { secret: secrets.revalidate, body: payload });
    const second = await deliver(webUrl, { secret: secrets.revalidate, body: payload });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.json).toEqual(first.json);
    // The same delivery twice at the same moment (Strapi retrying while the first is in flight).
    const concurrent = await Promise.all([1, 2, 3].map(() => deliver(webUrl, { secret: secrets.revalidate, body: payload })));
    expect(concurrent.map((reply) => reply.status)).toEqual([200, 200, 200]);
    expect(await siteSnapshot()).toEqual(before);
  });

  test('the payload is only a hint: its content is never shown, the cms is asked again', async () => {
    const lie = strapiPayload('entry.update', { slug: ARTICLE.slug, title: 'A title only the payload has', publishedAt: null });
    expect((await deliver(webUrl, { secret: secrets.revalidate, body: lie })).status).toBe(200);
    const page = await get(webUrl, `/articles/${ARTICLE.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('A title only the payload has');
    expect(await siteSnapshot()).toEqual(before);
  });

  test('empty and odd payloads: 200, and everything they might concern is purged', async () => {
    // Tags purged (server/utils/cache-tag-names.ts): `all` is what every cached entry depends on.
    const cases: [string, { body?: unknown; rawBody?: string }, string[]][] = [
      // Strapi sometimes sends an entry without fields: the model is known, the article is not.
      ['{ model: "article", entry: {} }', { body: { event: 'entry.update', model: 'article', entry: {} } }, ['all']],
      ['{}', { body: {} }, ['all']],
      ['entry: null', { body: { model: 'article', entry: null } }, ['all']],
      ['a slug that is not a slug', { body: { model: 'article', entry: { slug: '../../admin' } } }, ['all']],
      ['a topic', { body: { model: 'topic', entry: { slug: 'anxiety' } } }, ['topics', 'list:all', 'related:anxiety']],
      ['the practice details', { body: { model: 'practice', entry: {} } }, ['chrome']],
      // Types the site does not show (consultation requests…) refresh nothing: checked below.
      ['a body that is not JSON', { rawBody: 'not json' }, ['all']],
    ];
    for (const [label, payload, expected] of cases) {
      const reply = await deliver(webUrl, { secret: secrets.revalidate, ...payload });
      expect(reply.status, label).toBe(200);
      const refreshed = (reply.json as { refreshed?: string[] } | null)?.refreshed ?? [];
      expect(refreshed, `${label}: what the endpoint says it refreshed`).toEqual(expect.arrayContaining(expected));
    }
    const unrelated = await deliver(webUrl, { secret: secrets.revalidate, body: { model: 'enquiry', entry: { slug: 'x' } } });
    expect(unrelated.status).toBe(200);
    expect((unrelated.json as { refreshed?: string[] } | null)?.refreshed).toEqual([]);
    expect(await siteSnapshot()).toEqual(before);
  });

  test('a flood is cut short with 429, and the cms’s own deliveries still get through', async () => {
    // 60 at once from one address (not the cms's), without the secret, as an attacker would.
    const flood = await Promise.all(
      Array.from({ length: 60 }, () => deliver(webUrl, { secret: 'not-the-secret', body: {}, from: '127.0.0.2' }).then((reply) => reply.status)),
    );
    const counts = flood.reduce<Record<number, number>>((all, status) => ({ ...all, [status]: (all[status] ?? 0) + 1 }), {});
    expect(counts[429] ?? 0, `statuses: ${JSON.stringify(counts)}`).toBeGreaterThan(0);
    expect(flood.every((status) => status === 401 || status === 429), `statuses: ${JSON.stringify(counts)}`).toBe(true);
    // Still limited a moment later; a delivery with the right secret is never held back by them.
    expect((await deliver(webUrl, { secret: 'still-not-the-secret', body: {}, from: '127.0.0.2' })).status).toBe(429);
    expect((await deliver(webUrl, { secret: secrets.revalidate, body: {}, from: '127.0.0.2' })).status).toBe(200);
    // The cms delivers from 127.0.0.1: someone else's flood must not silence it.
    const fromCms = await deliver(webUrl, { secret: secrets.revalidate, body: strapiPayload('entry.update', { slug: ARTICLE.slug }), from: '127.0.0.1' });
    expect(fromCms.status).toBe(200);
    expect(await siteSnapshot()).toEqual(before);
  });

  test('a flood that forges X-Forwarded-For cannot lock a sender out', async () => {
    // The limiter is keyed on the client address; if it believes X-Forwarded-For, anyone can spend
    // another sender's allowance — in production, the cms's — and its deliveries are refused
    // with 429, which Strapi drops without a word. 127.0.0.5 stands in for the cms here, so that
    // the real cms's allowance is left alone for the other files.
    const victim = '127.0.0.5';
    await Promise.all(Array.from({ length: 40 }, () => deliver(webUrl, { secret: 'not-the-secret', body: {}, from: '127.0.0.2', headers: { 'x-forwarded-for': victim } })));
    const genuine = await deliver(webUrl, { secret: secrets.revalidate, body: strapiPayload('entry.update', { slug: ARTICLE.slug }), from: victim });
    expect(genuine.status, 'a genuine delivery after someone else forged its address').toBe(200);
  });
});
