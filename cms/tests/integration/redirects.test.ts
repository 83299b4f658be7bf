import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';

let cms: BootedCms;
let session: [string, string];

const ARTICLE = 'api::article.article';
const REDIRECT = 'api::redirect.redirect';
const articles = '/content-manager/collection-types/api::article.article';
const redirects = '/content-manager/collection-types/api::redirect.redirect';

beforeAll(async () => {
  cms = await bootCms();
  session = await adminSession(cms);
});

afterAll(async () => {
  await cms?.stop();
});

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

async function publishedArticle(slug: string): Promise<string> {
  const created = await cms.http
    .post(articles)
    .set(...session)
    .send({ title: `Redirect ${slug}`, slug, excerpt: 'A short excerpt.', body: [paragraph('Hello')] });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const documentId = String(created.body.data.documentId);
  const published = await cms.http.post(`${articles}/${documentId}/actions/publish`).set(...session).send({});
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return documentId;
}

/** Saves a redirect in the dashboard, as the therapist would. */
const saveRedirect = (data: Record<string, unknown>) => cms.http.post(redirects).set(...session).send({ kind: 'permanent', ...data });

async function storedRedirect(from: string): Promise<{ from: string; to: string | null; kind: string } | null> {
  return (await cms.strapi.db.query(REDIRECT).findOne({ where: { from }, select: ['from', 'to', 'kind'] })) as never;
}

function refusedOn(response: { status: number; body: { error?: { message?: string; details?: { errors?: Array<{ path: string[] }> } } } }, field: string): string {
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(response.body.error?.details?.errors?.[0]?.path).toEqual([field]);
  return String(response.body.error?.message);
}

describe('a redirect saved in the dashboard', () => {
  it('stores both addresses as paths on this site, keeping only numbered legacy queries', async () => {
    await publishedArticle('sleep-well');
    const pasted = await saveRedirect({ from: 'https://old-practice.example//blog/sleep-well/?utm_source=x#top', to: 'articles/sleep-well/' });
    expect(pasted.status, JSON.stringify(pasted.body)).toBe(201);
    expect(await storedRedirect('/blog/sleep-well')).toEqual({ from: '/blog/sleep-well', to: '/articles/sleep-well', kind: 'permanent' });

    const legacy = await saveRedirect({ from: '/?p=123', to: '/articles/sleep-well' });
    expect(legacy.status, JSON.stringify(legacy.body)).toBe(201);
    expect((await storedRedirect('/?p=123'))?.to).toBe('/articles/sleep-well');

    const gone = await saveRedirect({ from: '/shop/', kind: 'gone', to: '' });
    expect(gone.status, JSON.stringify(gone.body)).toBe(201);
    expect(await storedRedirect('/shop')).toEqual({ from: '/shop', to: null, kind: 'gone' });
  });

  it('is refused when the new address has no page, saying which address and what to use', async () => {
    expect(refusedOn(await saveRedirect({ from: '/old/nowhere', to: '/articles/never-written' }), 'to')).toMatch(
      /^No published article has the address \/articles\/never-written\./,
    );
    expect(refusedOn(await saveRedirect({ from: '/old/nowhere', to: '/blog/somewhere' }), 'to')).toMatch(/^There is no page at \/blog\/somewhere on this site/);
    // A draft is not a page readers can open.
    const draft = await cms.http.post(articles).set(...session).send({ title: 'Draft only', slug: 'draft-only', excerpt: 'Short.', body: [paragraph('Hi')] });
    expect(draft.status).toBe(201);
    expect(refusedOn(await saveRedirect({ from: '/old/draft', to: '/articles/draft-only' }), 'to')).toMatch(/No published article/);
    // Fixed pages always exist.
    expect((await saveRedirect({ from: '/contact-me', to: '/consultation' })).status).toBe(201);
    expect(await cms.strapi.db.query(REDIRECT).count({ where: { from: { $startsWith: '/old/' } } })).toBe(0);
  });

  it('is refused from an address readers can still open, or one that already has a redirect', async () => {
    await publishedArticle('still-here');
    expect(refusedOn(await saveRedirect({ from: '/articles/still-here', to: '/about' }), 'from')).toMatch(/change its "Web address" and publish/);
    expect(refusedOn(await saveRedirect({ from: '/about/', to: '/consultation' }), 'from')).toMatch(/is a page of this site/);
    expect(refusedOn(await saveRedirect({ from: '/contact-me/', to: '/about' }), 'from')).toMatch(/already a redirect from \/contact-me/);
  });

  it('refuses loops, with a message that names the circle', async () => {
    expect(refusedOn(await saveRedirect({ from: '/circle', to: '/circle/' }), 'to')).toMatch(/same as the old one/);

    const documentId = await publishedArticle('went-away');
    expect((await saveRedirect({ from: '/went-away-old', to: '/articles/went-away' })).status).toBe(201);
    await cms.strapi.documents(ARTICLE).unpublish({ documentId });
    const loop = await saveRedirect({ from: '/articles/went-away', to: '/went-away-old' });
    expect(refusedOn(loop, 'to')).toMatch(/round in a circle: \/went-away-old already leads back to \/articles\/went-away/);
  });

  it('collapses chains: a redirect to an old address goes straight to where that address leads', async () => {
    await publishedArticle('chain-end');
    expect((await saveRedirect({ from: '/chain-b', to: '/articles/chain-end' })).status).toBe(201);
    const chained = await saveRedirect({ from: '/chain-a', to: '/chain-b' });
    expect(chained.status, JSON.stringify(chained.body)).toBe(201);
    expect((await storedRedirect('/chain-a'))?.to).toBe('/articles/chain-end');
    expect((await storedRedirect('/chain-b'))?.to).toBe('/articles/chain-end');

    expect((await saveRedirect({ from: '/gone-page', kind: 'gone' })).status).toBe(201);
    expect(refusedOn(await saveRedirect({ from: '/to-gone', to: '/gone-page' }), 'to')).toMatch(/\/gone-page is marked as gone/);
  });
});

describe('changing the web address of a published article', () => {
  it('keeps the old address for readers until the change is published, then sends it to the new one', async () => {
    const documentId = await publishedArticle('first-name');
    expect((await saveRedirect({ from: '/2019/05/first-name', to: '/articles/first-name' })).status).toBe(201);

    const edited = await cms.http.put(`${articles}/${documentId}`).set(...session).send({ slug: 'second-name' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect((await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' }))?.slug).toBe('first-name');
    expect(await storedRedirect('/articles/first-name')).toBeNull();

    const published = await cms.http.post(`${articles}/${documentId}/actions/publish`).set(...session).send({});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect((await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' }))?.slug).toBe('second-name');
    expect(await storedRedirect('/articles/first-name')).toEqual({ from: '/articles/first-name', to: '/articles/second-name', kind: 'permanent' });
    // The older address of a previous website follows, in one hop.
    expect((await storedRedirect('/2019/05/first-name'))?.to).toBe('/articles/second-name');

    // The website learns both addresses from the change feed.
    const changes = (await cms.strapi.db.query('api::content-change.content-change').findMany({
      where: { targetDocumentId: documentId, action: 'publish' },
      select: ['slug'],
    })) as Array<{ slug: string }>;
    expect(changes.map((change) => change.slug)).toEqual(expect.arrayContaining(['first-name', 'second-name']));
    const redirectChanges = await cms.strapi.db.query('api::content-change.content-change').count({ where: { model: 'redirect' } });
    expect(redirectChanges).toBeGreaterThan(0);

    // Changing it back: the page lives at its first address again, and the other address leads there.
    await cms.strapi.documents(ARTICLE).update({ documentId, data: { slug: 'first-name' } as never });
    await cms.strapi.documents(ARTICLE).publish({ documentId });
    expect(await storedRedirect('/articles/first-name')).toBeNull();
    expect((await storedRedirect('/articles/second-name'))?.to).toBe('/articles/first-name');
    expect((await storedRedirect('/2019/05/first-name'))?.to).toBe('/articles/first-name');
  });

  it('works for topics too', async () => {
    const topic = await cms.strapi.documents('api::topic.topic').create({
      data: { name: 'Loneliness', slug: 'loneliness', description: 'Feeling alone.' },
      status: 'published',
    });
    await cms.strapi.documents('api::topic.topic').update({ documentId: topic.documentId, data: { slug: 'being-alone' } as never });
    await cms.strapi.documents('api::topic.topic').publish({ documentId: topic.documentId });
    expect((await storedRedirect('/topics/loneliness'))?.to).toBe('/topics/being-alone');
  });
});
