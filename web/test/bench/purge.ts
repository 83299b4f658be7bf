// How long a reader waits for the article when a publish has just purged its page (the webhook
// renders it again before answering: server/utils/page-warm.ts), beside the same page served from
// the cache and a render of it with the page cache bypassed (its CMS data cached), which is what a
// list or topic page costs on its first request after a publish. One connection, one at a time.
import { BROWSER_HEADERS } from '../e2e/support/http';
import { deliver, strapiPayload } from '../e2e/support/webhook';
import { median, rawGet } from './raw-http';
import { BUDGETS } from '../e2e/support/budgets';
import type { Row } from './table';

const SAMPLES = 25;
const HEADERS = { ...BROWSER_HEADERS, 'Accept-Encoding': 'gzip, br' };

interface PurgeTarget {
  webUrl: string;
  revalidateSecret: string;
  page: string;
  slug: string;
}

async function timed(url: string): Promise<number> {
  const answer = await rawGet(url, HEADERS);
  if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
  return answer.ms;
}

/** The purge the cms's webhook makes after a publish: `{ model: 'article', entry: { slug } }`. */
async function purge(target: PurgeTarget): Promise<void> {
  const reply = await deliver(target.webUrl, { secret: target.revalidateSecret, body: strapiPayload('entry.publish', { slug: target.slug }) });
  if (reply.status !== 200) throw new Error(`POST /api/revalidate answered ${reply.status}: ${reply.text.slice(0, 200)}`);
}

export async function renderAfterPurge(target: PurgeTarget): Promise<Row[]> {
  const url = `${target.webUrl}/articles/${target.slug}`;
  const cached: number[] = [];
  const afterPurge: number[] = [];
  const rendered: number[] = [];
  await timed(url);
  for (let i = 0; i < SAMPLES; i++) cached.push(await timed(url));
  for (let i = 0; i < SAMPLES; i++) {
    await purge(target);
    afterPurge.push(await timed(url));
  }
  // A query the page cache does not know is rendered for that request only.
  for (let i = 0; i <= SAMPLES; i++) {
    const ms = await timed(`${url}?bench-render=${i}`);
    if (i > 0) rendered.push(ms);
  }
  const p50 = (values: number[]) => `${median(values).toFixed(1)} ms`;
  return [
    { page: target.page, what: `p50, 1 connection, from the cache (${SAMPLES} requests)`, figure: p50(cached), budget: 'figure only', ok: null },
    {
      page: target.page,
      what: `p50, 1 connection, first request after POST /api/revalidate purged it (${SAMPLES} purges)`,
      figure: p50(afterPurge),
      budget: `≤ ${BUDGETS.firstRequestAfterPurgeMs} ms`,
      ok: median(afterPurge) <= BUDGETS.firstRequestAfterPurgeMs,
    },
    { page: target.page, what: `p50, 1 connection, rendered with the page cache bypassed (${SAMPLES} renders)`, figure: p50(rendered), budget: 'figure only', ok: null },
  ];
}
