import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureRevalidationWebhook,
  REVALIDATION_EVENTS,
  REVALIDATION_WEBHOOK_NAME,
  type Webhook,
} from '../../src/bootstrap/revalidation-webhook';
import { adminSession } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';
import { listenOnLoopback } from './support/loopback';

interface Delivery {
  path: string;
  authorization: string | undefined;
  event: string | undefined;
  body: { event?: string; model?: string; uid?: string; entry?: { documentId?: string; slug?: string } };
}

let cms: BootedCms;
let session: [string, string];
let receiver: http.Server;
let deliveries: Delivery[] = [];
const secret = 'revalidate-secret-for-the-integration-test-0123456789';
const saved = { url: process.env.TEND_WEB_REVALIDATE_URL, secret: process.env.TEND_REVALIDATE_SECRET };
let hookUrl = '';

/** A stand-in for the website's revalidation endpoint: records every request it receives. */
async function startReceiver(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      deliveries.push({
        path: String(request.url),
        authorization: request.headers.authorization,
        event: request.headers['x-strapi-event'] as string | undefined,
        body: JSON.parse(raw || '{}') as Delivery['body'],
      });
      response.writeHead(204).end();
    });
  });
  await listenOnLoopback(server);
  return server;
}

async function delivery(match: (d: Delivery) => boolean, timeoutMs = 5000): Promise<Delivery> {
  const started = Date.now();
  for (;;) {
    const found = deliveries.find(match);
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`no matching webhook within ${timeoutMs} ms; got ${JSON.stringify(deliveries)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const store = () => cms.strapi.get('webhookStore') as { findWebhooks(): Promise<Webhook[]> };
const ours = async () => (await store().findWebhooks()).filter((hook) => hook.name === REVALIDATION_WEBHOOK_NAME);
const env = (overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => ({
  TEND_WEB_REVALIDATE_URL: hookUrl,
  TEND_REVALIDATE_SECRET: secret,
  ...overrides,
});

async function createDraftArticle(slug: string): Promise<string> {
  const response = await cms.http
    .post('/content-manager/collection-types/api::article.article')
    .set(...session)
    .send({
      title: `Webhook test ${slug}`,
      slug,
      excerpt: 'A short excerpt.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }],
    });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return String(response.body.data.documentId);
}

const publish = (documentId: string) =>
  cms.http.post(`/content-manager/collection-types/api::article.article/${documentId}/actions/publish`).set(...session).send({});

beforeAll(async () => {
  receiver = await startReceiver();
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/revalidate`;
  process.env.TEND_WEB_REVALIDATE_URL = hookUrl;
  process.env.TEND_REVALIDATE_SECRET = secret;
  cms = await bootCms();
  session = await adminSession(cms);
});

afterAll(async () => {
  await cms?.stop();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
  for (const [key, value] of [['TEND_WEB_REVALIDATE_URL', saved.url], ['TEND_REVALIDATE_SECRET', saved.secret]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

beforeEach(() => {
  deliveries = [];
});

describe('publishing reaches the website within seconds', () => {
  it('registers one "Website revalidation" webhook from the environment at boot', async () => {
    const [hook, ...others] = await ours();
    expect(others).toEqual([]);
    expect(hook).toMatchObject({ url: hookUrl, headers: { Authorization: `Bearer ${secret}` }, isEnabled: true });
    expect([...(hook?.events ?? [])].sort()).toEqual([...REVALIDATION_EVENTS].sort());

    const listed = await cms.http.get('/admin/webhooks').set(...session);
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((w: Webhook) => w.name)).toContain(REVALIDATION_WEBHOOK_NAME);
  });

  it('delivers a publish from the dashboard with the bearer secret and the model', async () => {
    const documentId = await createDraftArticle('webhook-publish');
    const created = await delivery((d) => d.event === 'entry.create' && d.body.entry?.documentId === documentId);
    expect(created.body.model).toBe('article');

    expect((await publish(documentId)).status).toBe(200);
    const published = await delivery((d) => d.event === 'entry.publish' && d.body.entry?.documentId === documentId);
    expect(published.path).toBe('/api/revalidate');
    expect(published.authorization).toBe(`Bearer ${secret}`);
    expect(published.body).toMatchObject({ event: 'entry.publish', model: 'article', uid: 'api::article.article' });
    expect(published.body.entry?.slug).toBe('webhook-publish');
  });

  it('delivers unpublish and delete too', async () => {
    const documentId = await createDraftArticle('webhook-unpublish');
    expect((await publish(documentId)).status).toBe(200);
    const unpublished = await cms.http
      .post(`/content-manager/collection-types/api::article.article/${documentId}/actions/unpublish`)
      .set(...session)
      .send({});
    expect(unpublished.status).toBe(200);
    await delivery((d) => d.event === 'entry.unpublish' && d.body.model === 'article');
    expect((await cms.http.delete(`/content-manager/collection-types/api::article.article/${documentId}`).set(...session)).status).toBe(200);
    await delivery((d) => d.event === 'entry.delete' && d.body.model === 'article');
  });

  it('follows a new URL or secret at once, without a restart', async () => {
    const newSecret = `${secret}-rotated`;
    await ensureRevalidationWebhook(cms.strapi, env({ TEND_REVALIDATE_SECRET: newSecret }));
    expect(await ours()).toHaveLength(1);

    await cms.strapi.documents('api::topic.topic').create({
      data: { name: 'Webhook topic', slug: 'webhook-topic', description: 'A topic.' },
      status: 'published',
    });
    const topic = await delivery((d) => d.event === 'entry.publish' && d.body.model === 'topic');
    expect(topic.authorization).toBe(`Bearer ${newSecret}`);
    await ensureRevalidationWebhook(cms.strapi, env());
    expect((await ours())[0]?.headers).toEqual({ Authorization: `Bearer ${secret}` });
  });

  it('leaves other webhooks alone and removes duplicates of its own', async () => {
    const other = await cms.http
      .post('/admin/webhooks')
      .set(...session)
      .send({ name: 'Someone else', url: 'http://127.0.0.1:9999/other', headers: {}, events: ['entry.create'] });
    expect(other.status).toBe(201);
    const copy = await cms.http
      .post('/admin/webhooks')
      .set(...session)
      .send({ name: REVALIDATION_WEBHOOK_NAME, url: 'http://127.0.0.1:9999/copy', headers: {}, events: ['entry.create'] });
    expect(copy.status).toBe(201);

    await ensureRevalidationWebhook(cms.strapi, env());
    const names = (await store().findWebhooks()).map((hook) => hook.name);
    expect(names.filter((name) => name === REVALIDATION_WEBHOOK_NAME)).toHaveLength(1);
    expect(names).toContain('Someone else');
    expect((await ours())[0]?.url).toBe(hookUrl);
  });

  it('creates nothing when the environment does not name a website', async () => {
    const [hook] = await ours();
    await cms.http.delete(`/admin/webhooks/${hook?.id}`).set(...session);
    await ensureRevalidationWebhook(cms.strapi, env({ TEND_WEB_REVALIDATE_URL: undefined }));
    await ensureRevalidationWebhook(cms.strapi, env({ TEND_REVALIDATE_SECRET: '' }));
    expect(await ours()).toEqual([]);
    await ensureRevalidationWebhook(cms.strapi, env());
    expect(await ours()).toHaveLength(1);
  });
});
