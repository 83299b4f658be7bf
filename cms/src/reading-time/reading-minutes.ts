/**
 * How long an article takes to read, stored on the article (`readingMinutes`) so that list
 * cards need no body. The same rules as `readingMinutes` in @tend/shared-types, which the web
 * uses; the cms runs compiled CommonJS and cannot load that TypeScript package, so the rules are
 * repeated here and a unit test (tests/unit/reading-minutes.test.ts) proves both agree.
 */
export const WORDS_PER_MINUTE = 200;

/** Plain text of a Blocks value of unknown shape: anything that is not a node contributes nothing. */
export function blocksText(value: unknown): string {
  return Array.isArray(value) ? separated(value) : '';
}

function separated(nodes: readonly unknown[]): string {
  return nodes
    .map(nodeText)
    .filter((text) => text !== '')
    .join(' ');
}

function nodeText(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const { type, text, children } = node as { type?: unknown; text?: unknown; children?: unknown };
  if (type === 'text') return typeof text === 'string' ? text : '';
  if (!Array.isArray(children)) return '';
  // Blocks and list entries are read as separate words; inline pieces run on (a link mid-word).
  if (type === 'list') return separated(children);
  return children.map(nodeText).join('');
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Minutes at 200 words a minute, rounded up, at least 1 (an empty body still takes a moment). */
export function readingMinutes(body: unknown): number {
  return Math.max(1, Math.ceil(countWords(blocksText(body)) / WORDS_PER_MINUTE));
}
