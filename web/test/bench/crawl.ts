// A full crawl, as a search engine would make it: every article page, every page of /articles,
// every page of every topic. Then the web server's resident memory, read from /proc.
import { readFileSync } from 'node:fs';
import { BROWSER_HEADERS } from '../e2e/support/http';
import { rawGet } from './raw-http';

const CONCURRENCY = 4;

export interface CrawlResult {
  pages: number;
  seconds: number;
  /** Answers that were not 200 (each named once in `errors`). */
  errors: string[];
}

async function fetchAll(webUrl: string, paths: string[]): Promise<string[]> {
  const errors: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const answer = await rawGet(`${webUrl}${path}`, { ...BROWSER_HEADERS, 'Accept-Encoding': 'gzip, br' }).catch((error: Error) => ({ status: 0, error }));
      if (answer.status !== 200) errors.push(`${path} → ${answer.status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return errors;
}

/** `Page 1 of N` as the pagination shows it (1 when there is no pagination). */
function pageCountOf(html: string): number {
  return Number(/Page \d+ of (\d+)/.exec(html)?.[1] ?? 1);
}

export async function crawlSite(webUrl: string, articleSlugs: string[], topicSlugs: string[]): Promise<CrawlResult> {
  const started = performance.now();
  const listPages = async (base: string, join: string) => {
    const first = await fetch(`${webUrl}${base}`, { headers: BROWSER_HEADERS });
    const count = pageCountOf(await first.text());
    return Array.from({ length: count - 1 }, (_, i) => `${base}${join}page=${i + 2}`);
  };
  const paths = [
    ...articleSlugs.map((slug) => `/articles/${slug}`),
    '/articles',
    ...(await listPages('/articles', '?')),
    ...topicSlugs.map((slug) => `/topics/${slug}`),
  ];
  for (const slug of topicSlugs) paths.push(...(await listPages(`/topics/${slug}`, '?')));
  const errors = await fetchAll(webUrl, paths);
  return { pages: paths.length, seconds: (performance.now() - started) / 1000, errors };
}

/** VmRSS of a process, in MB (1 MB = 1,000,000 bytes). */
export function residentMegabytes(pid: number): number {
  const kilobytes = Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN);
  return (kilobytes * 1024) / 1e6;
}
