import type { IndexEntry } from './search-store';

/** Words shorter than this are never corrected (typo.ts), so they need not be remembered. */
const MIN_LENGTH = 3;
const MAX_LENGTH = 40;

/**
 * The distinct words of an entry as a reader would type them (lower case, unstemmed): the
 * candidates for correcting a typo. Kept unstemmed so a correction is a real word that goes
 * through the same stemming as any query word.
 */
export function vocabularyOf(entry: IndexEntry): string[] {
  const text = `${entry.title} ${entry.headings} ${entry.body}`.toLowerCase().normalize('NFKC');
  const words = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length >= MIN_LENGTH && word.length <= MAX_LENGTH && !/^\p{N}+$/u.test(word)) words.add(word);
  }
  return [...words];
}

/**
 * The SQL pre-filter for typo candidates, the same on both databases: a similar length, and the
 * same first or second letter (typos rarely change both), which leaves a few hundred words.
 */
export function nearWordsFilter(term: string, maxEdits: number): { sql: string; bindings: (string | number)[] } {
  return {
    sql: 'length(word) BETWEEN ? AND ? AND (substr(word, 1, 1) = ? OR substr(word, 2, 1) = ?)',
    bindings: [term.length - maxEdits, term.length + maxEdits, term.slice(0, 1), term.slice(1, 2)],
  };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
