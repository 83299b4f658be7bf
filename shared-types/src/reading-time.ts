import type { Blocks } from './strapi/blocks';

/**
 * The one definition of an article's reading time, for the web (which shows it) and as the
 * reference the cms's stored `readingMinutes` is tested against (cms/tests/unit/reading-minutes.test.ts;
 * the cms cannot load this TypeScript at run time, so it keeps a copy of these rules).
 *
 * Rules: the text of inline nodes is concatenated as written (a link inside a word stays one
 * word); blocks and list entries are separated by a space; a word is a whitespace-separated
 * token with at least one letter or digit; 200 words a minute, rounded up, at least 1.
 */
export const WORDS_PER_MINUTE = 200;

type TextBearing = { type: string; text?: string; children?: readonly TextBearing[] };

/** Plain text of Blocks: what a reader reads, without marks, links or images. */
export function blocksText(blocks: Blocks): string {
  return separated(blocks as readonly TextBearing[]);
}

function separated(nodes: readonly TextBearing[]): string {
  return nodes
    .map(nodeText)
    .filter((text) => text !== '')
    .join(' ');
}

function nodeText(node: TextBearing): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'list') return separated(node.children ?? []);
  return (node.children ?? []).map(nodeText).join('');
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function readingMinutes(blocks: Blocks): number {
  return Math.max(1, Math.ceil(countWords(blocksText(blocks)) / WORDS_PER_MINUTE));
}
