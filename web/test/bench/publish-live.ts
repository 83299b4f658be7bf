// Publish → live: from the dashboard's publish call (an edited title) until the article page,
// /articles, its topic page and a search for the new word all answer with the new text; the
// counting proxy tells what the web read from the cms to get there.
import { Admin, uniqueWord } from '../e2e/support/admin';
import { get } from '../e2e/support/http';
import type { PublishedArticle } from '../e2e/support/scale-cms';
import type { StackInfo } from '../e2e/support/stack';
import type { CmsTraffic, CountingProxy } from './counting-proxy';

const TIMEOUT_MS = 30_000;

export interface PublishLive {
  ms: number;
  /** When each page showed the change, in ms after the publish call: which one holds the rest up. */
  pages: { name: string; ms: number }[];
  /** What the web read from the cms between the publish call and the last page going live. */
  traffic: CmsTraffic;
}

/** Polls until the page shows the change; returns when that was (performance.now()). */
async function until(webUrl: string, path: string, done: (html: string) => boolean): Promise<number> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!done((await get(webUrl, path)).text)) {
    if (Date.now() > deadline) throw new Error(`${path} did not show the change within ${TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return performance.now();
}

export async function publishToLive(stack: StackInfo, proxy: CountingProxy, article: PublishedArticle): Promise<PublishLive> {
  const admin = await Admin.signIn(stack);
  const word = uniqueWord('benchword');
  const topic = article.topics[0];
  const named = [
    { name: 'article', path: `/articles/${article.slug}` },
    { name: 'list', path: '/articles' },
    ...(topic ? [{ name: 'topic', path: `/topics/${topic}` }] : []),
  ];
  const paths = named.map((page) => page.path);
  // Readers have these pages cached, as on a live site.
  for (const path of paths) await get(stack.webUrl, path);
  proxy.reset();
  const started = performance.now();
  await admin.publish(article.documentId, { title: `${article.title.slice(0, 60)} ${word}` });
  const times = await Promise.all([
    ...paths.map((path) => until(stack.webUrl, path, (html) => html.includes(word))),
    until(stack.webUrl, `/search?q=${word}`, (html) => html.includes(`/articles/${article.slug}"`)),
  ]);
  const pages = [...named.map((page) => page.name), 'search'].map((name, index) => ({ name, ms: times[index]! - started }));
  return { ms: Math.max(...times) - started, pages, traffic: proxy.traffic() };
}
