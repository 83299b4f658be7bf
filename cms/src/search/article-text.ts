/**
 * The searchable text of an article: the body's headings apart from the rest, so that a match
 * in a heading can rank above a match in a paragraph. Reads the stored Blocks JSON defensively
 * (it comes from the database, not from a validated request).
 */
export interface ArticleText {
  headings: string;
  body: string;
}

/** Characters the index uses to mark matches in snippets: never part of indexed text. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

const RESERVED = /[\uE000\uE001]/gu;

export function searchableText(text: string): string {
  return text.replace(RESERVED, '').replace(/\s+/gu, ' ').trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function inlineText(node: unknown): string {
  if (!isRecord(node)) return '';
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  // A list's children are items (blocks of their own); everything else holds inline runs.
  const separator = node.type === 'list' ? ' ' : '';
  return Array.isArray(node.children) ? node.children.map(inlineText).join(separator) : '';
}

/** Splits Blocks into heading text and everything else (paragraphs, lists, quotes, code, captions). */
export function articleText(excerpt: string, blocks: unknown): ArticleText {
  const headings: string[] = [];
  // The excerpt leads the body: it is the article's own summary, and often the best snippet.
  const body: string[] = [excerpt];
  for (const block of Array.isArray(blocks) ? blocks : []) {
    const text = inlineText(block);
    if (text.trim() === '') continue;
    (isRecord(block) && block.type === 'heading' ? headings : body).push(text);
  }
  return { headings: searchableText(headings.join(' \n ')), body: searchableText(body.join(' \n ')) };
}
