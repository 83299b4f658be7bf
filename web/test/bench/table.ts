// The one table `pnpm bench` prints: Markdown, so it can go into an issue note as it is.

export interface Row {
  page: string;
  what: string;
  figure: string;
  budget: string;
  /** true/false against the budget; null for a figure printed without a budget. */
  ok: boolean | null;
}

/** A measurement that could not be taken: shown as a failed row, never left out. */
export function failedRow(page: string, what: string, budget: string, error: unknown): Row {
  const message = error instanceof Error ? error.message : String(error);
  return { page, what, figure: `not measured: ${message.split('\n')[0]}`, budget, ok: false };
}

const mark = (ok: boolean | null): string => (ok === null ? '—' : ok ? '✓' : '✗');
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** Rows of the same page stay together, pages in `pageOrder`, then anything else. */
export function formatTable(rows: Row[], pageOrder: string[]): string {
  const rank = (page: string) => (pageOrder.includes(page) ? pageOrder.indexOf(page) : pageOrder.length);
  const sorted = rows.map((row, index) => ({ row, index })).sort((a, b) => rank(a.row.page) - rank(b.row.page) || a.index - b.index);
  const lines = [
    '| page | figure | value | budget | ok |',
    '| --- | --- | ---: | ---: | :---: |',
    ...sorted.map(({ row }) => `| ${cell(row.page)} | ${cell(row.what)} | ${cell(row.figure)} | ${cell(row.budget)} | ${mark(row.ok)} |`),
  ];
  return lines.join('\n');
}
