import { type Blocks, type HeadingNode, readingMinutes } from '@tend/shared-types';
import { describe, expect, it } from 'vitest';
import {
  assignHeadingIds,
  blocksPlainText,
  renderedHeadingLevel,
  slugifyHeading,
} from '../../shared/utils/blocks-text';

const heading = (level: HeadingNode['level'], text: string): HeadingNode => ({
  type: 'heading',
  level,
  children: [{ type: 'text', text }],
});

const paragraph = (text: string): Blocks[number] => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('slugifyHeading', () => {
  it.each([
    ['1. You\'re not alone', '1-youre-not-alone'],
    ['The short answer', 'the-short-answer'],
    ['What if I don’t cry?', 'what-if-i-dont-cry'],
    ['✅ What we do', 'what-we-do'],
    ['Final thoughts 🌱', 'final-thoughts'],
    ['  Many   spaces\there  ', 'many-spaces-here'],
    ['Grief — and what follows', 'grief-and-what-follows'],
    ['Anxiety/panic', 'anxiety-panic'],
    ['Café au lait, naïve', 'cafe-au-lait-naive'],
    ['Step 5: 5 things you can see', 'step-5-5-things-you-can-see'],
    ['Cultural differences:', 'cultural-differences'],
    ['', 'section'],
    ['🙂 !!!', 'section'],
  ])('%j → %j', (text, slug) => {
    expect(slugifyHeading(text)).toBe(slug);
  });
});

describe('assignHeadingIds', () => {
  it('gives headings ids in document order and lists h2/h3 in the table of contents', () => {
    const { body, toc } = assignHeadingIds([
      heading(2, 'The short answer'),
      paragraph('Yes.'),
      heading(2, 'Why'),
      heading(3, '1. You\'re not alone'),
      heading(4, 'A detail'),
    ]);
    expect(body.filter((node) => node.type === 'heading').map((node) => 'id' in node && node.id)).toEqual([
      'the-short-answer',
      'why',
      '1-youre-not-alone',
      'a-detail',
    ]);
    expect(toc).toEqual([
      { id: 'the-short-answer', text: 'The short answer', level: 2 },
      { id: 'why', text: 'Why', level: 2 },
      { id: '1-youre-not-alone', text: '1. You\'re not alone', level: 3 },
    ]);
  });

  it('makes duplicate ids unique, also against a heading that already reads like a suffix', () => {
    const { toc } = assignHeadingIds([heading(2, 'Why'), heading(2, 'Why'), heading(2, 'Why 2'), heading(3, 'Why')]);
    expect(toc.map((entry) => entry.id)).toEqual(['why', 'why-2', 'why-2-2', 'why-3']);
  });

  it('lists a level-1 body heading as level 2, the level it is rendered at', () => {
    expect(renderedHeadingLevel(1)).toBe(2);
    expect(assignHeadingIds([heading(1, 'Big')]).toc).toEqual([{ id: 'big', text: 'Big', level: 2 }]);
  });

  it('uses the text of all inline children, links and marks included', () => {
    const { toc } = assignHeadingIds([
      {
        type: 'heading',
        level: 2,
        children: [
          { type: 'text', text: 'Help ', bold: true },
          { type: 'link', url: '/x', children: [{ type: 'text', text: 'now' }] },
        ],
      },
    ]);
    expect(toc).toEqual([{ id: 'help-now', text: 'Help now', level: 2 }]);
  });

  it('skips empty headings and leaves the input untouched', () => {
    const input: Blocks = [heading(2, '  '), heading(2, 'Real')];
    const copy = structuredClone(input);
    const { body, toc } = assignHeadingIds(input);
    expect(toc.map((entry) => entry.id)).toEqual(['real']);
    expect(body[0]).not.toHaveProperty('id');
    expect(input).toEqual(copy);
  });
});

describe('blocksPlainText', () => {
  it('joins the text of blocks, lists and links', () => {
    const text = blocksPlainText([
      heading(2, 'Title'),
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
          {
            type: 'list',
            format: 'ordered',
            children: [{ type: 'list-item', children: [{ type: 'link', url: '/a', children: [{ type: 'text', text: 'two' }] }] }],
          },
        ],
      },
      { type: 'code', language: 'ts', children: [{ type: 'text', text: 'x = 1' }] },
    ]);
    expect(text).toBe('Title one two x = 1');
  });
});

// The cms stores the reading time; its one definition is in @tend/shared-types.
describe('readingMinutes', () => {
  const words = (count: number): string => Array.from({ length: count }, () => 'word').join(' ');

  it.each([
    [0, 1],
    [1, 1],
    [200, 1],
    [201, 2],
    [2000, 10],
  ])('%i words → %i min', (count, minutes) => {
    expect(readingMinutes([paragraph(words(count))])).toBe(minutes);
  });

  it('counts words across blocks and ignores emoji markers', () => {
    const blocks: Blocks = [paragraph(words(150)), paragraph(`${words(51)} ✅ ❌ ✅`)];
    expect(readingMinutes(blocks)).toBe(2);
    expect(readingMinutes([paragraph(`${words(200)} ${'✅ '.repeat(50)}`)])).toBe(1);
  });
});
