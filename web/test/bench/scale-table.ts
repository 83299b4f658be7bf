// The one table `pnpm bench:scale` prints: one row per figure, one column per archive size, and
// the target, so that growth with the archive is visible at a glance.

export interface Cell {
  text: string;
  /** Within the target (true/false), or null for a figure without one. */
  ok: boolean | null;
}

export interface ScaleRow {
  figure: string;
  target: string;
}

const mark = (ok: boolean | null): string => (ok === null ? '' : ok ? ' ✓' : ' ✗');
const escape = (text: string): string => text.replace(/\|/g, '\\|');

export function formatScaleTable(rows: ScaleRow[], sizes: number[], cells: Map<number, Map<string, Cell>>): string {
  const header = ['figure', ...sizes.map((n) => `${n.toLocaleString('en-GB')} articles`), 'target'];
  const lines = [`| ${header.join(' | ')} |`, `| --- |${sizes.map(() => ' ---: |').join('')} --- |`];
  for (const row of rows) {
    const values = sizes.map((n) => {
      const cell = cells.get(n)?.get(row.figure);
      return cell ? escape(cell.text) + mark(cell.ok) : '—';
    });
    lines.push(`| ${escape(row.figure)} | ${values.join(' | ')} | ${escape(row.target)} |`);
  }
  return lines.join('\n');
}

/** A measurement that could not be taken: shown in its cell, never left out. */
export function failedCell(error: unknown): Cell {
  const message = error instanceof Error ? error.message : String(error);
  return { text: `not measured: ${message.split('\n')[0]!.slice(0, 120)}`, ok: false };
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
export const kB = (bytes: number): string => `${(bytes / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} kB`;
