// A WordPress site moved in from the dashboard keeps its old links: the real theme-test export
// (read in place from ../shared/fixtures, never copied) goes through the dashboard's Import
// routes, then Chromium opens the old addresses — the post's permalink, `?p=ID`, and the
// month-based address WordPress also answered — and lands on the new article page.
// This file starts a stack of its own: the import adds 54 published articles, and other files
// count the demo's articles. The import runs once, for every test here.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin } from './support/admin';
import { h1Text, launch, visit, type Browser } from './support/browser';
import { failureLog } from './support/context';
import { get } from './support/http';
import { Stack } from './support/stack';
import { pollUntil } from './support/webhook';

const EXPORT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/wordpress/themeunittestdata.wordpress.xml');
const ARTICLE = { title: 'Markup: HTML Tags and Formatting', slug: 'markup-html-tags-and-formatting' };
/** The addresses post 1178 had on the old site, as its links were written. */
const OLD = {
  permalink: '/2013/01/11/markup-html-tags-and-formatting/',
  numbered: '/?p=1178',
  monthly: '/2013/01/markup-html-tags-and-formatting',
};

interface Job {
  id: string;
  done: number;
  total: number;
  report: { run: { articles: Array<{ result: string }>; redirectsCreated: number } | null } | null;
  error: string | null;
}

let stack: Stack;
let browser: Browser;
let job: Job;

/** The import as the dashboard's Import page runs it: upload, start, poll until the report. */
async function importThroughDashboard(admin: Admin): Promise<Job> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(readFileSync(EXPORT))], { type: 'text/xml' }), 'themeunittestdata.wordpress.xml');
  form.append('options', JSON.stringify({ importPages: false, topicActions: {} }));
  const started = await admin.postForm<{ id: string }>('/tend-import/runs', form);
  if (started.status !== 202) throw new Error(`import → ${started.status}: ${JSON.stringify(started.body)}`);
  let current: Job | null = null;
  const waiting: Job = { id: started.body.id, done: 0, total: 0, report: null, error: null };
  await pollUntil(
    // The cms is busy publishing while it imports: a poll it answers late is asked again.
    async () => (current = await admin.request<Job>('GET', `/tend-import/runs/${started.body.id}`).then((reply) => reply.body, () => waiting)),
    (reply) => reply.report !== null || reply.error !== null,
    540_000,
    'the import should finish',
  );
  return current!;
}

beforeAll(async () => {
  stack = await Stack.start();
  failureLog.file = stack.logFile;
  job = await importThroughDashboard(await Admin.signIn(stack));
  browser = await launch(stack.webUrl);
}, 720_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The status and Location of a visit, without following it. */
async function answer(path: string): Promise<{ status: number; location: string | null }> {
  const { status, headers } = await get(stack.webUrl, path);
  return { status, location: headers.get('location') };
}

/** The responses of one navigation, first to last (the redirects it followed, then the page). */
async function chain(response: Response): Promise<Array<{ status: number | null; path: string }>> {
  const hops: Array<{ status: number | null; path: string }> = [];
  for (let request: ReturnType<Response['request']> | null = response.request(); request; request = request.redirectedFrom()) {
    const url = new URL(request.url());
    hops.unshift({ status: (await request.response())?.status() ?? null, path: `${url.pathname}${url.search}` });
  }
  return hops;
}

describe('old WordPress links after an import from the dashboard', () => {
  test('the import finished with every post created and its old addresses redirected', () => {
    expect(job.error).toBeNull();
    const results = job.report?.run?.articles.map((a) => a.result) ?? [];
    expect(results.filter((r) => r !== 'created')).toEqual([]);
    expect(results).toHaveLength(58);
    expect(job.report?.run?.redirectsCreated).toBeGreaterThan(100);
  });

  test.each(Object.entries(OLD))('the %s address answers 301, and Chromium lands on the article', async (_kind, path) => {
    // Redirects reach the web through the cms's webhook: wait for this one, then look closely.
    await pollUntil(() => answer(path), (reply) => reply.status === 301, 30_000, `${path} should redirect`);
    expect(await answer(path)).toEqual({ status: 301, location: `/articles/${ARTICLE.slug}` });

    const page = await browser.newPage();
    try {
      const response = await visit(page, `${stack.webUrl}${path}`);
      expect(await chain(response)).toEqual([
        { status: 301, path },
        { status: 200, path: `/articles/${ARTICLE.slug}` },
      ]);
      expect(new URL(page.url()).pathname).toBe(`/articles/${ARTICLE.slug}`);
      expect(await h1Text(page)).toBe(ARTICLE.title);
    } finally {
      await page.close();
    }
  });
});
