// Two web servers sharing one Redis behind Caddy (support/multi-stack.ts), on the shared stack's
// cms: a publish reaches both at once, a stopping server fails no reader, Redis can go away and
// come back without the site breaking or serving stale pages, and the TLS front sends its headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Admin, type AdminDocument, deleteArticlesEverywhere, paragraph, uniqueSlug, uniqueWord } from './support/admin';
import { enquiriesFrom, formFields, type Reader, uniqueReader } from './support/consultation';
import { failureLog, stackInfo } from './support/context';
import { get } from './support/http';
import { DASHBOARD_HOST, MultiServerStack, SITE_HOST } from './support/multi-stack';

let admin: Admin;
let stack: MultiServerStack;
const created: AdminDocument[] = [];
const readers: Reader[] = [];

beforeAll(async () => {
  admin = await Admin.signIn(stackInfo());
  stack = await MultiServerStack.start(stackInfo());
  failureLog.file = stack.logFile;
}, 120_000);

afterAll(async () => {
  await deleteArticlesEverywhere(admin, stackInfo(), created);
  await stack?.stop();
  failureLog.file = undefined;
});

/** Publishes through the dashboard, then delivers the cms's webhook to web-1 and waits for its answer. */
async function publishAndWait(documentId: string, slug: string, data: { title: string }): Promise<void> {
  await admin.publish(documentId, data);
  expect(await stack.deliverWebhook('entry.publish', slug)).toBe(200);
}

async function bothServers(path: string): Promise<[string, string]> {
  const [one, two] = await Promise.all(stack.webs.map((web) => get(web.url, path)));
  return [one!.text, two!.text];
}

async function sendRequest(reader: Reader): Promise<number> {
  readers.push(reader);
  const reply = await stack.viaProxy(SITE_HOST, '/api/consultation', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Origin': stack.siteUrl, 'Sec-Fetch-Site': 'same-origin' },
    body: JSON.stringify(formFields(reader)),
  });
  return reply.status;
}

describe('two web servers, one Redis, one TLS front', () => {
  let article: AdminDocument;
  const slug = uniqueSlug('multi');
  const firstTitle = `Shared first ${uniqueWord()}`;

  it('shows a publish on both web servers as soon as the webhook has answered', async () => {
    article = await admin.createDraft({ title: firstTitle, slug, excerpt: 'Two servers, one story.', body: [paragraph('The first version.')] });
    created.push(article);
    // Both servers have the list cached (in Redis) before the publish.
    await bothServers('/articles');
    await publishAndWait(article.documentId, slug, { title: firstTitle });
    const [listOne, listTwo] = await bothServers('/articles');
    expect(listOne).toContain(firstTitle);
    expect(listTwo).toContain(firstTitle);

    // Both have rendered and stored the page; an edit must replace it on both at once.
    await bothServers(`/articles/${slug}`);
    const [cachedOne, cachedTwo] = await bothServers(`/articles/${slug}`);
    expect(cachedOne).toContain(firstTitle);
    expect(cachedTwo).toContain(firstTitle);
    const edited = `Shared edited ${uniqueWord()}`;
    await publishAndWait(article.documentId, slug, { title: edited });
    for (const page of await bothServers(`/articles/${slug}`)) {
      expect(page).toContain(edited);
      expect(page).not.toContain(firstTitle);
    }
  });

  it('stops one web server on SIGTERM without failing a single reader request through the proxy', async () => {
    const paths = ['/', '/articles', `/articles/${slug}`, '/topics', `/search?q=${uniqueWord('calm')}`];
    const failures: string[] = [];
    let answered = 0;
    let running = true;
    const reader = async (offset: number) => {
      for (let i = offset; running; i += 1) {
        const path = paths[i % paths.length]!;
        const reply = await stack.viaProxy(SITE_HOST, path).catch((error: Error) => ({ status: 0, text: error.message }));
        answered += 1;
        if (reply.status !== 200) failures.push(`${path} → ${reply.status} ${reply.text.slice(0, 120)}`);
      }
    };
    const readers = [0, 1, 2, 3].map(reader);
    while (answered < 20) await new Promise((resolve) => setTimeout(resolve, 20));
    const exitCode = await stack.terminateWeb(1);
    const atStop = answered;
    while (answered < atStop + 40) await new Promise((resolve) => setTimeout(resolve, 20));
    running = false;
    await Promise.all(readers);

    expect(failures).toEqual([]);
    expect(exitCode).toBe(0);
    await stack.startWeb(1);
  });

  it('keeps serving pages and taking requests while Redis is away, and serves nothing stale when it returns', async () => {
    const [warmOne, warmTwo] = await bothServers(`/articles/${slug}`);
    const oldTitle = /<h1[^>]*>([^<]+)</.exec(warmOne)?.[1];
    expect(oldTitle).toBeTruthy();
    expect(warmTwo).toContain(oldTitle!);

    // A busy machine may have made a command time out already: count this outage's lines only.
    const logged = (name: string, text: string) => stack.linesOf(name).filter((line) => line.includes(text)).length;
    const before = stack.webs.map((web) => ({ stopped: logged(web.name, 'Redis stopped answering'), back: logged(web.name, 'Redis is back') }));
    stack.redis.pause();
    const during = `Written while Redis was away ${uniqueWord()}`;
    for (const path of ['/', '/articles', `/articles/${slug}`]) {
      expect((await stack.viaProxy(SITE_HOST, path)).status).toBe(200);
    }
    expect(await sendRequest(uniqueReader('redis-away'))).toBe(201);
    // web-1 learns of this edit; web-2 cannot until Redis is back.
    await publishAndWait(article.documentId, slug, { title: during });
    expect((await get(stack.webs[0].url, `/articles/${slug}`)).text).toContain(during);

    stack.redis.resume();
    for (const [index, web] of stack.webs.entries()) {
      await expect.poll(() => logged(web.name, 'Redis is back'), { timeout: 15_000 }).toBe(before[index]!.back + 1);
      // One line for the outage however many requests met it.
      expect(logged(web.name, 'Redis stopped answering')).toBe(before[index]!.stopped + 1);
    }
    for (const page of await bothServers(`/articles/${slug}`)) {
      expect(page).toContain(during);
      expect(page).not.toContain(oldTitle);
    }
  });

  it('delivers each consultation request to the therapist exactly once', async () => {
    expect(await sendRequest(uniqueReader('redis-up'))).toBe(201);
    for (const reader of readers) {
      await expect.poll(async () => (await enquiriesFrom(admin, reader.email)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    }
    // Long enough for a second delivery from either server's outbox to show.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const reader of readers) expect(await enquiriesFrom(admin, reader.email)).toHaveLength(1);
  });

  it('answers only over HTTPS, with HSTS and the security headers an Observatory scan checks', async () => {
    const plain = await stack.plainHttp(SITE_HOST, '/articles?page=2');
    expect(plain.status).toBe(308);
    // Caddy names no port in the redirect: in production HTTPS is on 443.
    expect(plain.headers.location).toBe(`https://${SITE_HOST}/articles?page=2`);

    for (const [host, path] of [
      [SITE_HOST, '/'],
      [DASHBOARD_HOST, '/admin'],
    ] as const) {
      const reply = await stack.viaProxy(host, path);
      expect(reply.status, `${host}${path}`).toBe(200);
      const maxAge = Number(/max-age=(\d+)/.exec(String(reply.headers['strict-transport-security']))?.[1]);
      expect(maxAge, 'HSTS of at least six months').toBeGreaterThanOrEqual(15_768_000);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
      expect(reply.headers['x-powered-by']).toBeUndefined();
      expect(reply.headers.server).toBeUndefined();
    }
    const home = await stack.viaProxy(SITE_HOST, '/');
    const csp = String(home.headers['content-security-policy']);
    expect(csp).toMatch(/frame-ancestors/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(home.headers['set-cookie']).toBeUndefined();
  });
});
