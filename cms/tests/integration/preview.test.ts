import type { Core } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';
import { runSeed } from './support/seed';

let cms: BootedCms;
let session: [string, string];
const webUrl = 'http://localhost:3000';

type PreviewConfig = NonNullable<Core.Config.Admin['preview']>;

beforeAll(async () => {
  cms = await bootCms();
  await runSeed(cms.strapi);
  session = await adminSession(cms);
});

afterAll(async () => {
  await cms?.stop();
});

const preview = (): PreviewConfig => cms.strapi.config.get('admin.preview') as PreviewConfig;
const secret = (): string => String(process.env.TEND_PREVIEW_SECRET);

/** The site-relative page a preview URL leads to, after checking it is the web's entry point. */
function pathOf(url: string | null | undefined): string {
  expect(url).toBeTruthy();
  const parsed = new URL(String(url));
  expect(parsed.origin).toBe(webUrl);
  expect(parsed.pathname).toBe('/preview');
  // The link is signed (path + expiry); the shared secret itself never leaves the cms.
  expect(parsed.searchParams.get('secret')).toBeNull();
  expect(String(url)).not.toContain(secret());
  expect(parsed.searchParams.get('signature')).toMatch(/^[\w-]{43}$/);
  return String(parsed.searchParams.get('path'));
}

async function draftOf(uid: 'api::article.article' | 'api::topic.topic', slugContains?: string) {
  const filters = slugContains ? { slug: { $contains: slugContains } } : {};
  const found = await cms.strapi.documents(uid).findFirst({ status: 'draft', filters });
  if (!found) throw new Error(`no ${uid} in the seed`);
  return { documentId: found.documentId, slug: String(found.slug) };
}

describe('"Open preview" leads to the draft on the real website', () => {
  it('is switched on, and the dashboard may frame the website', async () => {
    expect(preview().enabled).toBe(true);
    expect(preview().config.allowedOrigins).toEqual([webUrl]);
    const response = await cms.http.get('/_health');
    expect(response.headers['content-security-policy']).toMatch(new RegExp(`frame-src 'self' ${webUrl}(;|$)`));
  });

  it('sends an unpublished article to /articles/<slug of the draft>', async () => {
    const draft = await draftOf('api::article.article', 'unpublished-draft');
    const url = await preview().config.handler('api::article.article', { documentId: draft.documentId, status: 'draft' });
    expect(pathOf(url)).toBe(`/articles/${draft.slug}`);
  });

  it('uses the draft slug even when the published tab is open', async () => {
    const article = await cms.strapi.documents('api::article.article').findFirst({ status: 'published' });
    const url = await preview().config.handler('api::article.article', { documentId: String(article?.documentId), status: 'published' });
    expect(pathOf(url)).toBe(`/articles/${article?.slug}`);
  });

  it('sends topics, the practice details, site settings and crisis support to their pages', async () => {
    const topic = await draftOf('api::topic.topic');
    const handler = preview().config.handler;
    expect(pathOf(await handler('api::topic.topic', { documentId: topic.documentId }))).toBe(`/topics/${topic.slug}`);
    expect(pathOf(await handler('api::practice.practice', { documentId: 'any' }))).toBe('/about');
    expect(pathOf(await handler('api::site.site', { documentId: 'any' }))).toBe('/');
    expect(pathOf(await handler('api::crisis-support.crisis-support', { documentId: 'any' }))).toBe('/');
  });

  it('offers no preview for consultation requests, other types or unknown documents', async () => {
    const handler = preview().config.handler;
    expect(await handler('api::enquiry.enquiry', { documentId: 'any' })).toBeNull();
    expect(await handler('plugin::users-permissions.user', { documentId: 'any' })).toBeNull();
    expect(await handler('api::article.article', { documentId: 'no-such-document' })).toBeNull();
  });

  it('gives the dashboard the URL through the admin API', async () => {
    const draft = await draftOf('api::article.article');
    const article = await cms.http
      .get(`/content-manager/preview/url/api::article.article?documentId=${draft.documentId}`)
      .set(...session);
    expect(article.status).toBe(200);
    expect(pathOf(article.body.data.url)).toBe(`/articles/${draft.slug}`);

    const practice = await cms.http.get('/content-manager/preview/url/api::practice.practice').set(...session);
    expect(practice.status).toBe(200);
    expect(pathOf(practice.body.data.url)).toBe('/about');
  });

  it('answers "no preview" (204) for consultation requests, and nothing without a session', async () => {
    const enquiry = await cms.strapi.documents('api::enquiry.enquiry').create({
      data: { name: 'Sam Reader', email: 'sam@example.com', preferredContact: 'email', consent: true },
    });
    const none = await cms.http
      .get(`/content-manager/preview/url/api::enquiry.enquiry?documentId=${enquiry.documentId}`)
      .set(...session);
    expect(none.status).toBe(204);

    const anonymous = await cms.http.get('/content-manager/preview/url/api::practice.practice');
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(anonymous.body)).not.toContain(secret());
  });
});
