// A few hundred articles, published in bursts within the same seconds by the cms's generator:
// lists, topic pages, search and the sitemap index must show each published article exactly once,
// and a publish, unpublish or delete must reach exactly the pages it affects. This file starts a
// stack of its own (other files count the demo's articles), with 10 cards a page, child sitemaps
// of 100 articles, and reconciliation off until the lost-webhook test turns it on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin, type AdminDocument, paragraph, uniqueWord } from './support/admin';
import { failureLog } from './support/context';
import { get } from './support/http';
import { busiestTopic, type PublishedArticle, publishedArticles } from './support/scale-cms';
import { hasPrevLink, linkedArticles, mainHtml, repeated, walkPages } from './support/scale-pages';
import { Stack } from './support/stack';
import { linksTo, pollUntil, waitForBody, waitForStatus } from './support/webhook';

const GENERATED = 300;
const PAGE_SIZE = 10;
const SEARCH_PAGE_SIZE = 10;
const SITEMAP_PER_FILE = 100;
const RECONCILE_SECONDS = 3;
const LIVE_WITHIN_MS = 5_000;

let stack: Stack;
let admin: Admin;

beforeAll(async () => {
  const started = Date.now();
  stack = await Stack.start({
    generate: { count: GENERATED },
    web: { NUXT_ARTICLES_PAGE_SIZE: String(PAGE_SIZE), NUXT_SITEMAP_ARTICLES_PER_FILE: String(SITEMAP_PER_FILE) },
  });
  failureLog.file = stack.logFile;
  const g = stack.generation;
  console.info(
    `[scale] stack with ${GENERATED} generated articles up in ${((Date.now() - started) / 1000).toFixed(1)} s `
    + `(generator ${g?.wallSeconds.toFixed(1)} s, of which ${g?.seconds.toFixed(1)} s creating: ${g?.articlesPerSecond.toFixed(0)} articles/s)`,
  );
  admin = await Admin.signIn(stack);
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

const published = (topic?: string) => publishedArticles(stack.cmsUrl, stack.tokens.read, topic);

/** Newest first: each card's publication date is no later than the one before it. */
function outOfOrder(slugs: string[], truth: PublishedArticle[]): string[] {
  const when = new Map(truth.map((article) => [article.slug, article.publishedAt]));
  return slugs.filter((slug, index) => index > 0 && (when.get(slug) ?? '') > (when.get(slugs[index - 1]!) ?? ''));
}

describe('pagination with hundreds of articles published in the same seconds', () => {
  test('walking /articles lists every published article exactly once, newest first', async () => {
    const truth = await published();
    expect(truth.length, 'the generator published its articles').toBeGreaterThanOrEqual(GENERATED);
    const pages = await walkPages(stack.webUrl, '/articles');
    const slugs = pages.flatMap((page) => page.slugs);
    expect(pages.length).toBe(Math.ceil(truth.length / PAGE_SIZE));
    expect(pages.slice(0, -1).every((page) => page.slugs.length === PAGE_SIZE), `${PAGE_SIZE} cards on every page but the last`).toBe(true);
    expect(repeated(slugs), 'articles listed twice').toEqual([]);
    expect([...slugs].sort()).toEqual(truth.map((article) => article.slug).sort());
    expect(outOfOrder(slugs, truth), 'cards newer than the card before them').toEqual([]);
  });

  test('walking a topic page lists every article about it exactly once, newest first', async () => {
    const topic = busiestTopic(await published());
    const truth = await published(topic);
    expect(truth.length, `articles about ${topic}`).toBeGreaterThan(PAGE_SIZE);
    const pages = await walkPages(stack.webUrl, `/topics/${topic}`);
    const slugs = pages.flatMap((page) => page.slugs);
    expect(pages.length).toBe(Math.ceil(truth.length / PAGE_SIZE));
    expect(repeated(slugs), 'articles listed twice').toEqual([]);
    expect([...slugs].sort()).toEqual(truth.map((article) => article.slug).sort());
    expect(outOfOrder(slugs, truth), 'cards newer than the card before them').toEqual([]);
  });
});

describe('search pagination', () => {
  test('10 results a page, Previous/Next links, and the count matches the pages walked', async () => {
    const pages = await walkPages(stack.webUrl, '/search?q=garden+river');
    const first = mainHtml(pages[0]!.html);
    const total = Number(/(\d[\d,]*) articles? match/.exec(first)?.[1]?.replace(/,/g, '') ?? Number.NaN);
    expect(total, 'the count of matches on page 1').toBeGreaterThan(SEARCH_PAGE_SIZE);
    expect(first).toContain(`page 1 of ${pages.length}`);
    const slugs = pages.flatMap((page) => page.slugs);
    expect(pages.slice(0, -1).every((page) => page.slugs.length === SEARCH_PAGE_SIZE), `${SEARCH_PAGE_SIZE} results on every page but the last`).toBe(true);
    expect(pages.at(-1)!.slugs.length).toBeGreaterThan(0);
    expect(pages.length).toBe(Math.ceil(total / SEARCH_PAGE_SIZE));
    expect(repeated(slugs), 'results shown on two pages').toEqual([]);
    expect(slugs.length).toBe(total);
    expect(hasPrevLink(pages[0]!.html), 'page 1 has no Previous link').toBe(false);
    expect(pages.slice(1).every((page) => hasPrevLink(page.html)), 'every later page has a Previous link').toBe(true);
  });
});

describe('sitemap index', () => {
  test('/sitemap.xml is an index of the pages and the article sitemaps, which list every article once', async () => {
    const index = await get(stack.webUrl, '/sitemap.xml');
    expect(index.status).toBe(200);
    expect(index.text).toContain('<sitemapindex');
    const children = [...index.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const truth = await published();
    const chunks = Math.ceil(truth.length / SITEMAP_PER_FILE);
    expect(children).toEqual(['/sitemaps/pages.xml', ...Array.from({ length: chunks }, (_, i) => `/sitemaps/articles-${i + 1}.xml`)]);

    const listed: string[] = [];
    for (const child of children) {
      const sitemap = await get(stack.webUrl, child);
      expect(sitemap.status, child).toBe(200);
      expect(sitemap.text, child).toContain('<urlset');
      listed.push(...[...sitemap.text.matchAll(/<loc>[^<]*\/articles\/([^<"/]+)<\/loc>/g)].map((m) => m[1]!));
    }
    expect(repeated(listed), 'articles in two sitemaps').toEqual([]);
    expect([...listed].sort()).toEqual(truth.map((article) => article.slug).sort());
  });
});

/** Pages that show an article: its own, /articles page 1, its topic's page 1, a search for a word in it. */
function pagesOf(slug: string, topic: string, word: string) {
  return { article: `/articles/${slug}`, list: '/articles', topic: `/topics/${topic}`, search: `/search?q=${word}` };
}

async function pageCacheState(path: string): Promise<string> {
  return (await get(stack.webUrl, path)).headers.get('x-tend-page-cache') ?? '(none)';
}

/** /about is cached and stays a hit: a change to an article must not purge unrelated pages. */
async function warmAbout(): Promise<void> {
  await get(stack.webUrl, '/about');
  expect(await pageCacheState('/about'), '/about before the change').toBe('hit');
}

describe('incremental refresh through the admin API', () => {
  const word = uniqueWord('scaleword');
  let target: PublishedArticle;

  beforeAll(async () => {
    // An older generated article, far from page 1 until it is published again.
    const all = await published();
    target = all[Math.floor(all.length / 2)]!;
  });

  test('publishing an edit: its page, /articles, its topic page and search follow; /about stays cached', async () => {
    const pages = pagesOf(target.slug, target.topics[0]!, word);
    for (const path of [pages.article, pages.list, pages.topic]) await get(stack.webUrl, path);
    await warmAbout();
    const title = `${target.title.slice(0, 60)} ${word}`;
    await admin.publish(target.documentId, { title });

    await waitForBody(stack.webUrl, pages.article, (html) => html.includes(word), LIVE_WITHIN_MS, 'the article page shows the new title');
    await waitForBody(stack.webUrl, pages.list, (html) => linkedArticles(html)[0] === target.slug && html.includes(word), LIVE_WITHIN_MS, '/articles lists it first');
    await waitForBody(stack.webUrl, pages.topic, (html) => linkedArticles(html)[0] === target.slug && html.includes(word), LIVE_WITHIN_MS, 'its topic page lists it first');
    await waitForBody(stack.webUrl, pages.search, (html) => linkedArticles(html).includes(target.slug), LIVE_WITHIN_MS, 'search finds the new word');
    expect(await pageCacheState('/about'), '/about after the publish').toBe('hit');
  });

  test('unpublishing: its page is 404 and it leaves /articles, its topic page and search; /about stays cached', async () => {
    const pages = pagesOf(target.slug, target.topics[0]!, word);
    await warmAbout();
    await admin.unpublish(target.documentId);

    await waitForStatus(stack.webUrl, pages.article, 404, LIVE_WITHIN_MS);
    for (const path of [pages.list, pages.topic, pages.search]) {
      await waitForBody(stack.webUrl, path, (html) => !linkedArticles(html).includes(target.slug), LIVE_WITHIN_MS, `${path} no longer lists it`);
    }
    expect(await pageCacheState('/about'), '/about after the unpublish').toBe('hit');
  });

  test('deleting a published article: gone from its page, the lists and search; /about stays cached', async () => {
    const [topic] = await admin.topics().then((topics) => topics.filter((t) => t.slug === target.topics[0]));
    const deleteWord = uniqueWord('scalegone');
    const slug = `scale-delete-${deleteWord.slice(-6)}`;
    const doc: AdminDocument = await admin.createDraft({
      title: `About to be deleted ${deleteWord}`,
      slug,
      excerpt: 'Written by the scale tests to be deleted.',
      body: [paragraph(`A short note that mentions ${deleteWord} once.`)],
      topics: topic ? { connect: [{ documentId: topic.documentId }] } : undefined,
    });
    await admin.publish(doc.documentId);
    const pages = pagesOf(slug, target.topics[0]!, deleteWord);
    await waitForStatus(stack.webUrl, pages.article, 200, LIVE_WITHIN_MS);
    await waitForBody(stack.webUrl, pages.topic, (html) => linkedArticles(html)[0] === slug, LIVE_WITHIN_MS, 'its topic page lists it first');
    await waitForBody(stack.webUrl, pages.search, (html) => linkedArticles(html).includes(slug), LIVE_WITHIN_MS, 'search finds it');
    await warmAbout();

    await admin.deleteArticle(doc.documentId);

    await waitForStatus(stack.webUrl, pages.article, 404, LIVE_WITHIN_MS);
    for (const path of [pages.list, pages.topic, pages.search]) {
      await waitForBody(stack.webUrl, path, (html) => !linkedArticles(html).includes(slug), LIVE_WITHIN_MS, `${path} no longer lists it`);
    }
    expect(await pageCacheState('/about'), '/about after the delete').toBe('hit');
  });
});

describe('a lost webhook is caught by reconciliation', () => {
  // The web is down while the therapist unpublishes: the cms's delivery fails and is not retried.
  // (Switching the webhook off in the dashboard would keep the web up, but Strapi refuses to save
  // a webhook with a loopback URL through its admin API.)
  test(`an article unpublished while the web was down leaves the site within ${RECONCILE_SECONDS} s + a few`, async () => {
    const [victim] = await published();
    const path = `/articles/${victim!.slug}`;
    expect((await get(stack.webUrl, path)).status, 'served, so cached').toBe(200);
    await stack.stopWeb();
    try {
      await admin.unpublish(victim!.documentId);
    } finally {
      await stack.startWeb({ NUXT_RECONCILE_INTERVAL_SECONDS: String(RECONCILE_SECONDS) });
    }
    const started = Date.now();
    // Still there at first (from the cache) shows that no delivery did the work; how soon the
    // reconciliation runs is timing, so it is reported, not asserted.
    const first = (await get(stack.webUrl, path)).status;
    await waitForStatus(stack.webUrl, path, 404, (RECONCILE_SECONDS + 4) * 1000);
    await pollUntil(async () => (await get(stack.webUrl, '/articles')).text, (html) => !linksTo(html, victim!.slug), 2_000, '/articles no longer lists it');
    console.info(`[scale] after the restart the unpublished page answered ${first} at first; 404 after ${Date.now() - started} ms`);
  });
});
