import { blocksText, countWords } from '../reading-time/reading-minutes';
import type { BlockNode, Blocks, InlineNode, ListItemNode, TextNode } from '@tend/shared-types';
import { headingText, paragraphText, sentence } from './fake-text';
import { between, type Random } from './random';

const text = (value: string): TextNode => ({ type: 'text', text: value });
const paragraph = (children: InlineNode[]): BlockNode => ({ type: 'paragraph', children });
const heading = (level: 2 | 3, value: string): BlockNode => ({ type: 'heading', level, children: [text(value)] });

function list(random: Random): BlockNode {
  const items: ListItemNode[] = Array.from({ length: between(random, 3, 6) }, () => ({
    type: 'list-item',
    children: [text(sentence(random))],
  }));
  return { type: 'list', format: random() < 0.5 ? 'ordered' : 'unordered', children: items };
}

/** A paragraph with the marks and the link real articles end their sections with. */
function closingParagraph(random: Random): BlockNode {
  return paragraph([
    text(`${paragraphText(random)} `),
    { type: 'text', text: 'Take your time.', bold: true },
    text(' '),
    { type: 'link', url: '/consultation', children: [text('Ask for a free consultation')] },
    text('.'),
  ]);
}

/**
 * A Blocks body of at least `targetWords` words, shaped like the real articles: an opening
 * paragraph, then level-2 sections of one to three paragraphs, some followed by a list, a
 * quote, or a level-3 sub-section that ends with bold text and a link.
 */
export function fakeBody(random: Random, targetWords: number): Blocks {
  const body: Blocks = [];
  let words = 0;
  const add = (...blocks: BlockNode[]) => {
    body.push(...blocks);
    words += countWords(blocksText(blocks));
  };
  add(paragraph([text(paragraphText(random))]));
  while (words < targetWords) {
    add(heading(2, headingText(random)));
    for (let i = between(random, 1, 3); i > 0; i -= 1) add(paragraph([text(paragraphText(random))]));
    const extra = random();
    if (extra < 0.3) add(list(random));
    else if (extra < 0.45) add({ type: 'quote', children: [text(sentence(random))] });
    else if (extra < 0.6) add(heading(3, headingText(random)), closingParagraph(random));
  }
  return body;
}
