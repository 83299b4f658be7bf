// Lighthouse 12 (mobile: its default config, simulated slow 4G and CPU) on Debian's Chromium.
// Chromium resolves no host name at all during the run, so nothing can reach the internet, and
// the run's own list of network requests is checked for any other origin all the same.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { BUDGETS } from '../e2e/support/budgets';
import { startNginx } from './nginx';
import { PLAIN_PAGE, writeStaticCopies } from './static-copy';
import type { Row } from './table';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * Runs per page. One Lighthouse run on a shared 2-core machine moves by several points (its
 * simulated 4× slower CPU multiplies whatever else the machine did meanwhile), so, as Lighthouse's
 * own guidance on variability and Lighthouse CI do, each page is audited several times and the
 * median run (closest to the median first paint and time to interactive) is the figure.
 */
function runsPerPage(): number {
  const runs = Number(process.env.TEND_LIGHTHOUSE_RUNS ?? 5);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`TEND_LIGHTHOUSE_RUNS must be a whole number from 1, got "${process.env.TEND_LIGHTHOUSE_RUNS}"`);
  return runs;
}

export interface LighthousePage {
  type: string;
  path: string;
}

/**
 * Scores each page; with `nginx`, also the performance of a static copy of each page served by
 * nginx and of a plain page, as figures without a budget: what this machine and browser score when
 * our server does nothing, so a missed point can be told apart from the machine's own floor.
 */
export async function lighthouseScores(chromium: string, webUrl: string, pages: LighthousePage[], nginx?: string): Promise<Row[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromium,
    // The loopback IP in our URLs needs no resolver; every name fails, so no request leaves the machine.
    chromeFlags: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    logLevel: 'silent',
  });
  const rows: Row[] = [];
  try {
    // The first audit in a fresh Chromium pays for its start-up (speed index 3.7 s instead of
    // 1.0 s, blocking time 200 ms instead of 5–70 ms on the same page here): one audit, discarded.
    if (pages[0]) await audit(chrome.port, `${webUrl}${pages[0].path}`, ['performance']);
    for (const page of pages) {
      const url = `${webUrl}${page.path}`;
      const { lhr, range } = await medianAudit(chrome.port, url);
      const scores = CATEGORIES.map((id) => lhr.categories[id]?.score ?? null);
      const shown = scores.map((score) => (score === null ? '?' : String(Math.round(score * 100)))).join('/');
      const foreign = foreignRequests(lhr, new URL(webUrl).origin);
      const problems = [lhr.runtimeError?.message, foreign.length > 0 ? `other origins: ${foreign.join(', ')}` : undefined].filter(Boolean);
      const missed = CATEGORIES.map((id) => missedAudits(lhr, id)).filter(Boolean);
      rows.push({
        page: page.type,
        what: `Lighthouse mobile perf/a11y/best-practices/SEO${missed.length > 0 ? ` — below 1: ${missed.join('; ')}` : ''}`,
        figure: `${shown} (TBT ${blockingMs(lhr)} ms; ${range}${problems.length > 0 ? `; ${problems.join('; ')}` : ''})`,
        budget: CATEGORIES.map(() => BUDGETS.lighthouse).join('/'),
        ok: problems.length === 0 && scores.every((score) => score !== null && Math.round(score * 100) >= BUDGETS.lighthouse),
      });
    }
    if (nginx) rows.push(...(await referenceRows(chrome.port, nginx, webUrl, pages)));
  } finally {
    chrome.kill();
  }
  return rows;
}

async function audit(port: number, url: string, categories: readonly string[] = CATEGORIES): Promise<Lhr> {
  const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: [...categories] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

/** The median of several runs, and the spread of the performance score over all of them. */
async function medianAudit(port: number, url: string, categories: readonly string[] = CATEGORIES): Promise<{ lhr: Lhr; range: string }> {
  const runs: Lhr[] = [];
  for (let i = 0; i < runsPerPage(); i++) runs.push(await audit(port, url, categories));
  const performance = runs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100)).sort((a, b) => a - b);
  const range = runs.length === 1 ? '1 run' : `median of ${runs.length} runs, performance ${performance[0]}–${performance.at(-1)}`;
  return { lhr: computeMedianRun(runs), range };
}

const blockingMs = (lhr: Lhr): number => Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);

async function referenceRows(port: number, nginx: string, webUrl: string, pages: LighthousePage[]): Promise<Row[]> {
  // Outside the stack's run folder (mode 700): as root, nginx's worker runs as nobody.
  const base = mkdtempSync(join(tmpdir(), 'tend-bench-lighthouse-'));
  chmodSync(base, 0o755);
  const root = join(base, 'root');
  mkdirSync(root);
  try {
    const copies = await writeStaticCopies(webUrl, root, pages.map((page) => page.path));
    writeFileSync(join(root, 'plain.html'), PLAIN_PAGE);
    const server = await startNginx(nginx, join(base, 'nginx'), root);
    try {
      const targets = [
        ...pages.map((page) => ({ page: page.type, what: 'static copy (same HTML, CSS and images) from nginx', path: copies.get(page.path)! })),
        { page: 'reference', what: 'a plain 300-byte page from nginx', path: '/plain.html' },
      ];
      const rows: Row[] = [];
      for (const target of targets) {
        const { lhr, range } = await medianAudit(port, `${server.url}${target.path}`, ['performance']);
        const score = Math.round((lhr.categories.performance?.score ?? 0) * 100);
        rows.push({ page: target.page, what: `Lighthouse mobile performance, ${target.what}`, figure: `${score} (TBT ${blockingMs(lhr)} ms; ${range})`, budget: 'figure only', ok: null });
      }
      return rows;
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/** The weighted audits of a category that did not score 1, so the row says where the points went. */
function missedAudits(lhr: Lhr, category: (typeof CATEGORIES)[number]): string {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const ids = refs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
  return ids.length > 0 ? `${category}: ${ids.join(', ')}` : '';
}

function foreignRequests(lhr: Lhr, origin: string): string[] {
  const details = lhr.audits['network-requests']?.details;
  if (details?.type !== 'table') return [];
  return details.items
    .map((item) => item.url)
    .filter((url): url is string => typeof url === 'string' && /^https?:/.test(url) && new URL(url).origin !== origin);
}
