// The figures of issue #9 for one archive size, measured on a stack of its own: built cms + web,
// fresh database, demo seed, N generated articles, the web reading the cms through a counting proxy.
import { BROWSER_HEADERS } from '../e2e/support/http';
import { type PublishedArticle, publishedArticles } from '../e2e/support/scale-cms';
import { Stack } from '../e2e/support/stack';
import { startCountingProxy } from './counting-proxy';
import { crawlSite, residentMegabytes } from './crawl';
import { load } from './load';
import { renderAfterPurge } from './purge';
import { median, rawGet } from './raw-http';
import { publishToLive } from './publish-live';
import { type Cell, failedCell, kB, ms } from './scale-table';

const SAMPLES = 25;
const LIST_PAGE_SIZE = 10;
const TIMED_HEADERS = { ...BROWSER_HEADERS, 'Accept-Encoding': 'gzip, br' };

/** Row names, in the order the table shows them, with their targets. */
export const SCALE_ROWS = [
  { figure: 'stack: generator rate (whole run incl. boot + seed)', target: 'figure only' },
  { figure: 'article page p50, 1 conn, from the page cache', target: 'figure only' },
  { figure: 'article page p50, render after a purge', target: '≤ 15 ms' },
  { figure: '/articles?page=100 p50', target: 'figure only' },
  { figure: '/sitemap.xml p50 (index?)', target: 'index past 1,000 articles' },
  { figure: '/search?q=garden+river p50', target: '≤ 20 ms at 10,000' },
  { figure: '/search?q=garden+river HTML', target: '< 60 kB' },
  { figure: 'Strapi article by slug p50, 1 conn (wrk)', target: '≤ 10 ms' },
  { figure: 'Strapi article by slug, 10 conns (wrk)', target: '≥ 250 req/s' },
  { figure: 'web reads from the cms after one publish', target: 'small, independent of N' },
  { figure: 'publish → live (page, /articles, topic, search)', target: '≤ 2 s' },
  { figure: 'full crawl (articles, list pages, topic pages)', target: 'figure only' },
  { figure: 'web RSS after the crawl', target: '< 300 MB at 10,000' },
] as const;

export type ScaleFigure = (typeof SCALE_ROWS)[number]['figure'];

export interface ScaleOptions {
  count: number;
  wrk: string;
  postgresUrl?: string;
  progress: (label: string) => void;
}

async function p50(url: string, headers: Record<string, string> = TIMED_HEADERS): Promise<number> {
  const times: number[] = [];
  // The first answer may render and fill the caches; the figure is the steady state after it.
  for (let i = 0; i <= SAMPLES; i++) {
    const answer = await rawGet(url, headers);
    if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
    if (i > 0) times.push(answer.ms);
  }
  return median(times);
}

/** What the web asks the cms for an article page (cms-queries.ts: fetchArticleBySlug). */
function bySlugUrl(cmsUrl: string, slug: string): string {
  const query = new URLSearchParams({ 'filters[slug][$eq]': slug, 'pagination[pageSize]': '1', 'status': 'published' });
  return `${cmsUrl}/api/articles?${query}`;
}

export async function measureScale(options: ScaleOptions): Promise<Map<ScaleFigure, Cell>> {
  const cells = new Map<ScaleFigure, Cell>();
  const step = async (figure: ScaleFigure, measure: () => Promise<Cell>) => {
    options.progress(`${options.count}: ${figure}`);
    try {
      cells.set(figure, await measure());
    } catch (error) {
      cells.set(figure, failedCell(error));
    }
  };
  const stack = await Stack.start({
    generate: { count: options.count },
    web: { NUXT_ARTICLES_PAGE_SIZE: String(LIST_PAGE_SIZE) },
    postgresUrl: options.postgresUrl,
  });
  const proxy = await startCountingProxy(stack.cmsUrl);
  try {
    const g = stack.generation!;
    cells.set('stack: generator rate (whole run incl. boot + seed)', {
      text: `${g.articlesPerSecond.toFixed(1)} articles/s (${g.wallSeconds.toFixed(0)} s)`,
      ok: null,
    });
    // The web now reads the cms through the proxy (same port, same on-disk cache).
    await stack.stopWeb();
    await stack.startWeb({ NUXT_CMS_URL: proxy.url });

    const articles = await publishedArticles(stack.cmsUrl, stack.tokens.read);
    const sample: PublishedArticle = articles.find((a) => a.slug === `generated-s1-${Math.ceil(options.count / 2)}`) ?? articles.at(-1)!;
    const web = (path: string) => `${stack.webUrl}${path}`;

    await step('article page p50, 1 conn, from the page cache', async () => {
      const target = { webUrl: stack.webUrl, revalidateSecret: stack.secrets.revalidate, page: 'article', slug: sample.slug };
      const [cached, purged] = await renderAfterPurge(target).catch((error: unknown) => {
        cells.set('article page p50, render after a purge', failedCell(error));
        throw error;
      });
      cells.set('article page p50, render after a purge', { text: purged!.figure, ok: purged!.ok });
      return { text: cached!.figure, ok: null };
    });

    await step('/articles?page=100 p50', async () => {
      const lastPage = Math.ceil(articles.length / LIST_PAGE_SIZE);
      const page = Math.min(100, lastPage);
      return { text: `${ms(await p50(web(`/articles?page=${page}`)))}${page < 100 ? ` (page ${page}, the last)` : ''}`, ok: null };
    });
    await step('/sitemap.xml p50 (index?)', async () => {
      const body = (await rawGet(web('/sitemap.xml'), BROWSER_HEADERS)).bytes.toString();
      const index = body.includes('<sitemapindex');
      // The web switches to an index past sitemapArticlesPerFile (1,000) articles.
      const wanted = articles.length > 1_000;
      return { text: `${ms(await p50(web('/sitemap.xml')))}, ${index ? 'index' : 'one urlset'}`, ok: index === wanted };
    });
    await step('/search?q=garden+river p50', async () => {
      const value = await p50(web('/search?q=garden+river'));
      return { text: ms(value), ok: options.count >= 10_000 ? value <= 20 : null };
    });
    await step('/search?q=garden+river HTML', async () => {
      const answer = await rawGet(web('/search?q=garden+river'), BROWSER_HEADERS);
      return { text: kB(answer.bytes.length), ok: answer.bytes.length < 60_000 };
    });
    const readHeaders = { Authorization: `Bearer ${stack.tokens.read}` };
    await step('Strapi article by slug p50, 1 conn (wrk)', async () => {
      const result = await load(options.wrk, bySlugUrl(stack.cmsUrl, sample.slug), { connections: 1, seconds: 5, headers: readHeaders, latency: true });
      const value = result.p50Ms ?? Number.NaN;
      return { text: ms(value), ok: value <= 10 };
    });
    await step('Strapi article by slug, 10 conns (wrk)', async () => {
      const result = await load(options.wrk, bySlugUrl(stack.cmsUrl, sample.slug), { connections: 10, seconds: 10, headers: readHeaders });
      return { text: `${result.requestsPerSecond.toFixed(0)} req/s`, ok: result.requestsPerSecond >= 250 };
    });
    let live: Awaited<ReturnType<typeof publishToLive>> | undefined;
    await step('publish → live (page, /articles, topic, search)', async () => {
      live = await publishToLive(stack.info(), proxy, sample);
      const each = live.pages.map((page) => `${page.name} ${(page.ms / 1000).toFixed(2)}`).join(', ');
      return { text: `${(live.ms / 1000).toFixed(2)} s (${each})`, ok: live.ms <= 2000 };
    });
    await step('web reads from the cms after one publish', async () => {
      if (!live) throw new Error('the publish could not be measured');
      return { text: `${kB(live.traffic.bytes)} in ${live.traffic.requests} requests`, ok: null };
    });
    let crawled = false;
    await step('full crawl (articles, list pages, topic pages)', async () => {
      const topics = [...new Set(articles.flatMap((article) => article.topics))];
      const result = await crawlSite(stack.webUrl, articles.map((article) => article.slug), topics);
      crawled = result.errors.length === 0;
      const errors = result.errors.length ? `, ${result.errors.length} errors (e.g. ${result.errors[0]})` : '';
      return { text: `${result.pages} pages in ${result.seconds.toFixed(0)} s${errors}`, ok: crawled ? null : false };
    });
    await step('web RSS after the crawl', async () => {
      const pid = stack.webPid();
      if (pid === null) throw new Error('the web is not running');
      const value = residentMegabytes(pid);
      return { text: `${value.toFixed(0)} MB${crawled ? '' : ' (crawl incomplete)'}`, ok: options.count >= 10_000 ? value < 300 : null };
    });
  } finally {
    await proxy.close();
    await stack.stop();
  }
  return cells;
}
