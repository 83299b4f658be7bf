// Lighthouse 12 (mobile: its default config, simulated slow 4G and CPU) on Debian's Chromium.
// Chromium resolves no host name at all during the run, so nothing can reach the internet, and
// the run's own list of network requests is checked for any other origin all the same.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { BUDGETS } from '../e2e/support/budgets';
import type { Row } from './table';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthousePage {
  type: string;
  path: string;
}

export async function lighthouseScores(chromium: string, webUrl: string, pages: LighthousePage[]): Promise<Row[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromium,
    // The loopback IP in our URLs needs no resolver; every name fails, so no request leaves the machine.
    chromeFlags: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    logLevel: 'silent',
  });
  const rows: Row[] = [];
  try {
    for (const page of pages) {
      const url = `${webUrl}${page.path}`;
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      const scores = CATEGORIES.map((id) => lhr.categories[id]?.score ?? null);
      const shown = scores.map((score) => (score === null ? '?' : String(Math.round(score * 100)))).join('/');
      const foreign = foreignRequests(lhr, new URL(webUrl).origin);
      const problems = [lhr.runtimeError?.message, foreign.length > 0 ? `other origins: ${foreign.join(', ')}` : undefined].filter(Boolean);
      const missed = CATEGORIES.map((id) => missedAudits(lhr, id)).filter(Boolean);
      rows.push({
        page: page.type,
        what: `Lighthouse mobile perf/a11y/best-practices/SEO${missed.length > 0 ? ` — below 1: ${missed.join('; ')}` : ''}`,
        figure: problems.length > 0 ? `${shown} (${problems.join('; ')})` : shown,
        budget: CATEGORIES.map(() => BUDGETS.lighthouse).join('/'),
        ok: problems.length === 0 && scores.every((score) => score !== null && Math.round(score * 100) >= BUDGETS.lighthouse),
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

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
