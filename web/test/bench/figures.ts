// `pnpm bench`: every figure of issue #8 beside its budget, in one table, from the BUILT stack
// that the e2e support starts (global-setup). Budgets missed are figures to read, not a failed
// run; a figure that could not be measured fails the run, so nothing passes silently.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BUDGET_PAGES } from '../e2e/support/budgets';
import { stackInfo } from '../e2e/support/context';
import { NEWEST_ARTICLE } from '../e2e/support/pages';
import { lighthouseScores } from './lighthouse';
import { renderAfterPurge } from './purge';
import { failedRow, formatTable, type Row } from './table';
import { compareWithNginx } from './throughput';
import { findTools } from './tools';
import { pageWeights } from './weights';

const stack = stackInfo();
const pageNamed = (type: string) => BUDGET_PAGES.find((page) => page.type === type)!;

/** One step's rows, or one failed row saying why the step could not measure. */
async function step(page: string, what: string, budget: string, measure: () => Promise<Row[]>): Promise<Row[]> {
  try {
    return await measure();
  } catch (error) {
    return [failedRow(page, what, budget, error)];
  }
}

test('figures beside their budgets', async () => {
  const tools = findTools();
  const rows: Row[] = [];
  const progress = (label: string) => console.info(`[bench] ${new Date().toISOString().slice(11, 19)} ${label}`);

  progress('page weights in Chromium (phone, first visit)');
  rows.push(...(await pageWeights(stack.webUrl, BUDGET_PAGES)));

  // Before the load tests: Lighthouse times Chromium's own work, which a machine still busy
  // writing the log of a few hundred thousand requests would slow down.
  progress('Lighthouse (mobile)');
  const audited = ['home', 'article', 'consultation'].map(pageNamed);
  rows.push(...(await step('home', 'Lighthouse', '100/100/100/100', () => lighthouseScores(tools.chromium, stack.webUrl, audited, tools.nginx))));

  progress('req/s against nginx (wrk, 10 connections)');
  const loaded = ['article', 'home', 'articles'].map(pageNamed);
  rows.push(...(await step('article', 'req/s vs nginx', '≥ 0.50', () => compareWithNginx(tools, stack.webUrl, loaded))));

  progress('render after a purge');
  const purgeTarget = { webUrl: stack.webUrl, revalidateSecret: stack.secrets.revalidate, page: 'article', slug: NEWEST_ARTICLE.slug };
  rows.push(...(await step('article', 'first request after a purge', '≤ 15 ms', () => renderAfterPurge(purgeTarget))));

  const table = formatTable(rows, BUDGET_PAGES.map((page) => page.type));
  const within = rows.filter((row) => row.ok === true).length;
  const judged = rows.filter((row) => row.ok !== null).length;
  const notes = [
    `${within} of ${judged} figures within budget. 1 kB = 1,000 bytes; gzip = zlib default level, each script on its own.`,
    'Transfer: encoded body bytes of every response of a first visit (empty cache) on a 390×844 viewport, scrolled to the end.',
    `Stack: built cms + web on loopback (log ${stack.logFile}); machine load from other processes skews req/s and ms.`,
  ];
  const output = `${table}\n\n${notes.join('\n')}\n`;
  writeFileSync(join(stack.runDir, 'figures.md'), output);
  console.info(`\n${output}(also written to ${join(stack.runDir, 'figures.md')})`);

  const unmeasured = rows.filter((row) => row.figure.startsWith('not measured'));
  expect(unmeasured.map((row) => `${row.page}: ${row.what}: ${row.figure}`), 'figures that could not be measured').toEqual([]);
});
