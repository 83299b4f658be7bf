import type { BlockNode, Blocks, HeadingNode, InlineNode, ListItemNode, ListNode } from '@tend/shared-types';
import type { RenderedHeading, TocEntry } from '../types/view-models';

/**
 * Pure helpers over the text of Strapi Blocks, shared by the server mapper (heading ids, table of
 * contents, search text) and the Vue renderer. No Nuxt or Vue imports here; link safety is in
 * safe-href.ts.
 */

/** Any node that may carry text: a block, a list item, or an inline node. */
export type TextBearingNode = BlockNode | ListItemNode | ListNode | InlineNode;

/**
 * A URL-fragment-friendly id for a heading: "1. You're not alone" → "1-youre-not-alone".
 * Accents are folded ("Café" → "cafe"), apostrophes and other punctuation and emoji are dropped,
 * whitespace, dashes, slashes and underscores become single hyphens. Never empty ("section").
 */
export function slugifyHeading(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015/\\_]+/gu, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .trim()
    .replace(/ +/g, '-');
  return slug === '' ? 'section' : slug;
}

/** The plain text of nodes (inline text only, blocks separated by a space), for search and reading time. */
export function blocksPlainText(nodes: readonly TextBearingNode[]): string {
  return nodes
    .map(nodeText)
    .filter((text) => text !== '')
    .join(' ');
}

function nodeText(node: TextBearingNode): string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'link':
      return node.children.map((child) => child.text).join('');
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'list-item':
    case 'image':
      return inlineText(node.children);
    case 'code':
      return node.children.map((child) => child.text).join('');
    case 'list':
      return blocksPlainText(node.children);
  }
}

function inlineText(children: readonly InlineNode[]): string {
  return children.map(nodeText).join('');
}

/**
 * Gives every non-empty heading a stable id, unique in document order ("why", "why-2", …), and
 * lists the headings that the page shows as h2/h3 in a table of contents.
 *
 * A level-1 heading in the body is rendered as h2 (the page's h1 is the article title), so it is
 * listed in the table of contents as level 2. Headings without text get no id and no entry (the
 * renderer does not show them). The input is not modified.
 */
export function assignHeadingIds(blocks: Blocks): { body: Blocks; toc: TocEntry[] } {
  const used = new Set<string>();
  const toc: TocEntry[] = [];
  const body = blocks.map((block): BlockNode => {
    if (block.type !== 'heading') return block;
    const text = headingText(block);
    if (text === '') return withoutId(block);
    const id = uniqueId(slugifyHeading(text), used);
    const level = renderedHeadingLevel(block.level);
    if (level === 2 || level === 3) toc.push({ id, text, level });
    const heading: RenderedHeading = { ...block, id };
    return heading;
  });
  return { body, toc };
}

/** The heading level the page renders for a body heading: 1 becomes 2, the rest are kept. */
export function renderedHeadingLevel(level: HeadingNode['level']): 2 | 3 | 4 | 5 | 6 {
  return level === 1 ? 2 : level;
}

/** A heading's visible text, whitespace collapsed. */
export function headingText(heading: HeadingNode): string {
  return inlineText(heading.children).replace(/\s+/gu, ' ').trim();
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function withoutId(heading: HeadingNode): HeadingNode {
  if (!('id' in heading)) return heading;
  const { id: _id, ...rest } = heading as RenderedHeading;
  return rest;
}
