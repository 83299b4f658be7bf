import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { parseArticleFile } from '../../src/seed/article-file';
import type { BlockNode, InlineNode, ListNode } from '@tend/shared-types';
import { markdownToBlocks } from '../../src/seed/markdown-to-blocks';
import { expectStrapiAccepts } from './support/strapi-blocks-check';

const here = path.dirname(fileURLToPath(import.meta.url));
const seedDir = path.resolve(here, '../../seed');

/** Every block, list item and link has at least one child, all the way down. */
function expectChildrenEverywhere(nodes: ReadonlyArray<BlockNode | InlineNode | ListNode['children'][number]>): void {
  for (const node of nodes) {
    if (node.type === 'text') continue;
    expect(node.children.length, `${node.type} without children`).toBeGreaterThan(0);
    expectChildrenEverywhere(node.children as ReadonlyArray<InlineNode>);
  }
}

function one<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

describe('markdownToBlocks', () => {
  it('turns headings into heading blocks with their level', () => {
    const blocks = markdownToBlocks('# One\n\n## The short answer\n\n### 1. A reason\n\n###### Six');
    expect(blocks).toEqual([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'One' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'The short answer' }] },
      { type: 'heading', level: 3, children: [{ type: 'text', text: '1. A reason' }] },
      { type: 'heading', level: 6, children: [{ type: 'text', text: 'Six' }] },
    ]);
  });

  it('keeps paragraphs apart, joins soft line breaks with a space and keeps hard breaks', () => {
    const blocks = markdownToBlocks('First line\nsame paragraph.\n\nSecond  \nbroken here.');
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'First line same paragraph.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Second\nbroken here.' }] },
    ]);
  });

  it('sets emphasis flags and combines nested emphasis', () => {
    const [paragraph] = markdownToBlocks(
      'Plain **bold *bold italic*** *italic* ~~gone~~ `code` ***both*** end',
    );
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Plain ' },
        { type: 'text', text: 'bold ', bold: true },
        { type: 'text', text: 'bold italic', bold: true, italic: true },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'italic', italic: true },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'gone', strikethrough: true },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'code', code: true },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'both', bold: true, italic: true },
        { type: 'text', text: ' end' },
      ],
    });
  });

  it('never writes a false flag (the editor only stores marks that are on)', () => {
    const json = JSON.stringify(markdownToBlocks('a **b** *c* d'));
    expect(json).not.toContain('false');
  });

  it('turns links into link nodes, with marks on their text and text around them', () => {
    const [paragraph] = markdownToBlocks(
      '[Book a **free** call](/consultation) or see the [NHS](https://www.nhs.uk/mental-health/).',
    );
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: '' },
        {
          type: 'link',
          url: '/consultation',
          children: [
            { type: 'text', text: 'Book a ' },
            { type: 'text', text: 'free', bold: true },
            { type: 'text', text: ' call' },
          ],
        },
        { type: 'text', text: ' or see the ' },
        { type: 'link', url: 'https://www.nhs.uk/mental-health/', children: [{ type: 'text', text: 'NHS' }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('accepts mailto:, tel: and autolinks', () => {
    const [paragraph] = markdownToBlocks(
      '[Email](mailto:hello@example.com) [Call](tel:116123) <https://www.samaritans.org/>',
    );
    const urls = (paragraph as { children: InlineNode[] }).children
      .filter((n) => n.type === 'link')
      .map((n) => (n.type === 'link' ? n.url : ''));
    expect(urls).toEqual(['mailto:hello@example.com', 'tel:116123', 'https://www.samaritans.org/']);
  });

  it.each(['javascript:alert(1)', '#section', 'relative/page', '//evil.example/x', 'ftp://example.com/f'])(
    'refuses a link to %s',
    (url) => {
      expect(() => markdownToBlocks(`[x](${url})`)).toThrow(/link/);
    },
  );

  it('turns lists into list blocks with list items', () => {
    expect(markdownToBlocks('- one\n- **two**\n\n1. first\n2. second')).toEqual([
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'two', bold: true }] },
        ],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'first' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'second' }] },
        ],
      },
    ]);
  });

  it('nests a sub-list right after its item, one indent level deeper, as the editor does', () => {
    const list = one(markdownToBlocks('- Before you go:\n  - leave time\n    1. deeper\n  - pack water\n- Afterwards'));
    expect(list).toEqual({
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'Before you go:' }] },
        {
          type: 'list',
          format: 'unordered',
          indentLevel: 1,
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'leave time' }] },
            {
              type: 'list',
              format: 'ordered',
              indentLevel: 2,
              children: [{ type: 'list-item', children: [{ type: 'text', text: 'deeper' }] }],
            },
            { type: 'list-item', children: [{ type: 'text', text: 'pack water' }] },
          ],
        },
        { type: 'list-item', children: [{ type: 'text', text: 'Afterwards' }] },
      ],
    });
    expect(list).not.toHaveProperty('indentLevel');
  });

  it('joins the paragraphs of a loose list item with a line break', () => {
    const list = one(markdownToBlocks('1. First para.\n\n   Second para.\n2. Next'));
    expect(list).toMatchObject({
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'First para.\nSecond para.' }] },
        { type: 'list-item', children: [{ type: 'text', text: 'Next' }] },
      ],
    });
  });

  it('turns a blockquote into a quote, keeping its marks', () => {
    expect(markdownToBlocks('> "I wasn\'t crying about *that*."')).toEqual([
      {
        type: 'quote',
        children: [
          { type: 'text', text: '"I wasn\'t crying about ' },
          { type: 'text', text: 'that', italic: true },
          { type: 'text', text: '."' },
        ],
      },
    ]);
    expect(markdownToBlocks('> One.\n>\n> Two.')).toEqual([
      { type: 'quote', children: [{ type: 'text', text: 'One.\nTwo.' }] },
    ]);
  });

  it('turns fenced code into a code block with its language', () => {
    expect(markdownToBlocks('```ts\nconst a = 1 < 2;\n```\n\n```\nplain\n```')).toEqual([
      { type: 'code', language: 'ts', children: [{ type: 'text', text: 'const a = 1 < 2;' }] },
      { type: 'code', language: 'plaintext', children: [{ type: 'text', text: 'plain' }] },
    ]);
  });

  it('keeps emoji lines intact, as one paragraph or as list items', () => {
    const line = '❌ No pressure ❌ No judgement ✅ Time to understand ✅ Your own pace';
    expect(markdownToBlocks(`Here is what you can expect: ${line}`)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: `Here is what you can expect: ${line}` }] },
    ]);
    const list = one(markdownToBlocks('- ❌ I won\'t rush you.\n- ✅ I will slow down.'));
    expect(list).toEqual({
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: '❌ I won\'t rush you.' }] },
        { type: 'list-item', children: [{ type: 'text', text: '✅ I will slow down.' }] },
      ],
    });
  });

  it('decodes character references and backslash escapes into plain text', () => {
    expect(markdownToBlocks('Fish &amp; chips &#163;5 \\*not italic\\* A&E')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Fish & chips £5 *not italic* A&E' }] },
    ]);
  });

  it('gives empty blocks an empty text child', () => {
    const blocks = markdownToBlocks('##\n\n-\n- [](/consultation)');
    expectChildrenEverywhere(blocks);
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, children: [{ type: 'text', text: '' }] });
  });

  it('returns nothing for empty input and normalises Windows line endings', () => {
    expect(markdownToBlocks('')).toEqual([]);
    expect(markdownToBlocks('a\r\nb')).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'a b' }] }]);
  });

  it.each([
    ['a table', '| a |\n| - |\n| b |', /table/],
    ['an image', '![alt](/x.png)', /image/],
    ['raw HTML', '<div>hi</div>', /HTML/],
    ['inline HTML', 'hi <b>there</b>', /HTML/],
    ['a horizontal rule', 'a\n\n---\n\nb', /horizontal rule/],
  ])('refuses %s rather than dropping it', (_name, markdown, message) => {
    expect(() => markdownToBlocks(markdown)).toThrow(message);
  });

  it('produces blocks that Strapi 5 itself accepts', async () => {
    await expectStrapiAccepts(
      markdownToBlocks(
        '## H\n\nText [link](/x) **b** *i* ~~s~~ `c`\n\n- a\n  - b\n- c\n\n> q\n\n```\ncode\n```\n\n❌ a ✅ b',
      ),
    );
  });

  it('converts every seed article and the About text into blocks Strapi accepts', async () => {
    const files = fs.readdirSync(path.join(seedDir, 'articles')).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    const about = markdownToBlocks(fs.readFileSync(path.join(seedDir, 'practice-about.md'), 'utf8'));
    expectChildrenEverywhere(about);
    await expectStrapiAccepts(about);
    for (const file of files) {
      const { body } = parseArticleFile(fs.readFileSync(path.join(seedDir, 'articles', file), 'utf8'), file);
      const blocks = markdownToBlocks(body);
      expectChildrenEverywhere(blocks);
      await expectStrapiAccepts(blocks);
    }
  });
});
