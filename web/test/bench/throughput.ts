// Requests per second of our server against nginx serving a static copy of the same page, in the
// same run, with the same load generator, connections, duration and request headers.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGETS, formatBytes } from '../e2e/support/budgets';
import { BROWSER_HEADERS } from '../e2e/support/http';
import { load } from './load';
import { startNginx } from './nginx';
import { median, rawGet } from './raw-http';
import type { Row } from './table';

export interface ThroughputPage {
  type: string;
  path: string;
}

const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const SECONDS = 5;
/**
 * Rounds per page, ours then nginx in each; the figure is the median round's ratio. On a shared
 * 2-core machine one 10 s pair moved the ratio from 0.45 to 0.58 between two runs of the same build.
 */
const ROUNDS = 3;
/** A browser's navigation headers, and the encodings both servers may choose from. */
const HEADERS = { ...BROWSER_HEADERS, 'Accept-Encoding': 'gzip, br' };

export async function compareWithNginx(tools: { nginx: string; wrk: string }, webUrl: string, pages: ThroughputPage[]): Promise<Row[]> {
  // Not under the stack's run folder (mode 700): as root, nginx's worker runs as nobody and must
  // be able to walk down to the files.
  const base = mkdtempSync(join(tmpdir(), 'tend-bench-nginx-'));
  chmodSync(base, 0o755);
  try {
    return await compareIn(base, tools, webUrl, pages);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

async function compareIn(base: string, tools: { nginx: string; wrk: string }, webUrl: string, pages: ThroughputPage[]): Promise<Row[]> {
  const root = join(base, 'root');
  mkdirSync(root);
  // The static copy is the page as our server renders it now, byte for byte (uncompressed).
  const files = new Map<string, string>();
  for (const [index, page] of pages.entries()) {
    const original = await rawGet(`${webUrl}${page.path}`, { ...BROWSER_HEADERS, 'Accept-Encoding': 'identity' });
    if (original.status !== 200) throw new Error(`${page.path} answered ${original.status}; nothing to copy for nginx`);
    const file = `page-${index}.html`;
    writeFileSync(join(root, file), original.bytes);
    files.set(page.path, `/${file}`);
  }

  const nginx = await startNginx(tools.nginx, join(base, 'nginx'), root);
  const rows: Row[] = [];
  try {
    for (const page of pages) {
      const ours = `${webUrl}${page.path}`;
      const theirs = `${nginx.url}${files.get(page.path)}`;
      const [ourAnswer, theirAnswer] = [await rawGet(ours, HEADERS), await rawGet(theirs, HEADERS)];
      const options = { connections: CONNECTIONS, headers: HEADERS };
      const rounds: { ours: number; nginx: number; ratio: number }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // Warm both (caches, JIT), then measure one after the other, never at the same time.
        await load(tools.wrk, ours, { ...options, seconds: WARMUP_SECONDS });
        const ourResult = await load(tools.wrk, ours, { ...options, seconds: SECONDS });
        await load(tools.wrk, theirs, { ...options, seconds: WARMUP_SECONDS });
        const theirResult = await load(tools.wrk, theirs, { ...options, seconds: SECONDS });
        rounds.push({ ours: ourResult.requestsPerSecond, nginx: theirResult.requestsPerSecond, ratio: ourResult.requestsPerSecond / theirResult.requestsPerSecond });
      }
      // ROUNDS is odd: the median ratio is one round's, shown with that round's req/s.
      const ratio = median(rounds.map((round) => round.ratio));
      const middle = rounds.find((round) => round.ratio === ratio)!;
      const rps = (n: number) => Math.round(n).toLocaleString('en-GB');
      rows.push({
        page: page.type,
        what: `req/s, ${CONNECTIONS} connections, median of ${ROUNDS} rounds of ${SECONDS} s each (ours ${ourAnswer.contentEncoding} ${formatBytes(ourAnswer.bytes.length)}, nginx ${theirAnswer.contentEncoding} ${formatBytes(theirAnswer.bytes.length)})`,
        figure: `${rps(middle.ours)} vs nginx ${rps(middle.nginx)} = ${ratio.toFixed(2)} (rounds ${rounds.map((round) => round.ratio.toFixed(2)).join(', ')})`,
        budget: `≥ ${BUDGETS.throughputRatio.toFixed(2)}`,
        ok: ratio >= BUDGETS.throughputRatio,
      });
    }
  } finally {
    await nginx.stop();
  }
  return rows;
}
