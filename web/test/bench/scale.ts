// `pnpm bench:scale`: the figures of issue #9 for several archive sizes side by side (default
// 100, 2,000 and 10,000 generated articles), each size on a temporary stack of its own. It builds
// nothing: run `pnpm build` first. Sizes: TEND_SCALE_SIZES; PostgreSQL: TEND_SCALE_DB=postgres
// with TEND_TEST_POSTGRES_URL (a fresh database per size). Timings are printed, never asserted.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkBuilds } from '../e2e/support/builds';
import { measureScale, SCALE_ROWS, type ScaleFigure } from './scale-figures';
import { freshPostgresDatabase } from './scale-postgres';
import { type Cell, formatScaleTable } from './scale-table';
import { findTool } from './tools';

function sizes(): number[] {
  const raw = process.env.TEND_SCALE_SIZES ?? '100,2000,10000';
  const values = raw.split(',').map((part) => Number(part.trim()));
  if (values.some((n) => !Number.isSafeInteger(n) || n < 0)) throw new Error(`TEND_SCALE_SIZES must be whole numbers separated by commas, got "${raw}"`);
  return values;
}

test('scale figures for each archive size', async () => {
  checkBuilds();
  const wrk = findTool('wrk');
  const database = process.env.TEND_SCALE_DB ?? 'sqlite';
  if (database !== 'sqlite' && database !== 'postgres') throw new Error(`TEND_SCALE_DB must be sqlite or postgres, got "${database}"`);
  const progress = (label: string) => console.info(`[bench:scale] ${new Date().toISOString().slice(11, 19)} ${label}`);
  const all = new Map<number, Map<string, Cell>>();
  const counts = sizes();
  const table = () => formatScaleTable([...SCALE_ROWS], counts, all);

  for (const count of counts) {
    progress(`${count} articles: stack, seed and generation`);
    const postgres = database === 'postgres' ? await freshPostgresDatabase(count) : undefined;
    try {
      const cells: Map<ScaleFigure, Cell> = await measureScale({ count, wrk, postgresUrl: postgres?.url, progress });
      all.set(count, cells);
    } finally {
      await postgres?.drop();
    }
    // The table so far, in case a later (larger) size runs out of time.
    console.info(`\n${table()}\n`);
  }

  const notes = [
    `Database: ${database}. Each size: fresh database, demo seed (6 articles), N generated articles over 40 topics (Document Service), built cms + web on loopback, 10 cards a page.`,
    'p50 over 25 requests after one warm-up, one at a time, Accept-Encoding gzip, br; Strapi figures with wrk against the cms, the web read token.',
    'Publish → live: from the admin API publish call (edited title) until the article, /articles, its topic page and a search for the new word show it.',
    'Web reads: response bytes through a counting proxy between web and cms, in that same window. 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes.',
    'On a shared 2-core machine other processes move the milliseconds by tens of percent.',
  ];
  const output = `${table()}\n\n${notes.join('\n')}\n`;
  const file = join(tmpdir(), `tend-bench-scale-${Date.now()}.md`);
  writeFileSync(file, output);
  console.info(`\n${output}(also written to ${file})`);

  const unmeasured = [...all.entries()].flatMap(([n, cells]) => [...cells.entries()].filter(([, cell]) => cell.text.startsWith('not measured')).map(([figure, cell]) => `${n}: ${figure}: ${cell.text}`));
  expect(unmeasured, 'figures that could not be measured').toEqual([]);
});
