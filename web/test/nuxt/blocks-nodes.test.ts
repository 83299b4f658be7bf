import type { Blocks, ListNode } from '@tend/shared-types';
import { describe, expect, it } from 'vitest';
import { paragraph, renderBlocks, text } from './mount-blocks';

describe('BlocksRenderer: block types', () => {
  it('renders every block type with its element', async () => {
    const root = await renderBlocks([
      paragraph(text('A paragraph.')),
      { type: 'heading', level: 2, children: [text('A heading')] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('An item')] }] },
      { type: 'quote', children: [text('“I thought I had to cope alone.”')] },
      { type: 'code', language: 'bash', children: [text('echo hello')] },
      {
        type: 'image',
        image: { url: '/media/room.jpg', alternativeText: 'A quiet room', width: 800, height: 600 },
        children: [text('')],
      },
    ]);
    expect(root.querySelector('p')?.textContent).toBe('A paragraph.');
    expect(root.querySelector('h2')?.textContent).toBe('A heading');
    expect(root.querySelector('ul > li')?.textContent).toBe('An item');
    expect(root.querySelector('blockquote')?.textContent).toBe('“I thought I had to cope alone.”');
    const pre = root.querySelector('pre');
    expect(pre?.querySelector('code')?.textContent).toBe('echo hello');
    expect(pre?.getAttribute('data-language')).toBe('bash');
    expect(root.querySelector('figure > picture > img')?.getAttribute('src')).toBe('/media/room.jpg');
  });

  it('renders nothing for empty paragraphs', async () => {
    const root = await renderBlocks([paragraph(text('')), paragraph(text('  ')), paragraph(text('Kept'))]);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('renders soft line breaks as <br>', async () => {
    const root = await renderBlocks([paragraph(text('First line\nSecond line'))]);
    expect(root.querySelectorAll('p br')).toHaveLength(1);
    expect(root.querySelector('p')?.textContent).toBe('First lineSecond line');
  });

  it('leaves out the code block language when there is none', async () => {
    const root = await renderBlocks([{ type: 'code', language: null, children: [text('x')] }]);
    expect(root.querySelector('pre')?.hasAttribute('data-language')).toBe(false);
  });
});

describe('BlocksRenderer: text marks', () => {
  it.each([
    ['bold', 'strong'],
    ['italic', 'em'],
    ['underline', 'u'],
    ['strikethrough', 's'],
    ['code', 'code'],
  ] as const)('%s renders as <%s>', async (mark, tag) => {
    const root = await renderBlocks([paragraph(text('before '), text('marked', { [mark]: true }), text(' after'))]);
    const p = root.querySelector('p');
    expect(p?.querySelector(tag)?.textContent).toBe('marked');
    expect(p?.textContent).toBe('before marked after');
  });

  it('nests combined marks around the same text', async () => {
    const root = await renderBlocks([
      paragraph(text('all', { bold: true, italic: true, underline: true, strikethrough: true, code: true })),
    ]);
    const innermost = root.querySelector('p > strong > em > u > s > code');
    expect(innermost?.textContent).toBe('all');
  });

  it('adds no mark elements to plain text', async () => {
    const root = await renderBlocks([paragraph(text('plain'))]);
    expect(root.querySelector('p')?.children).toHaveLength(0);
  });
});

describe('BlocksRenderer: lists', () => {
  const item = (value: string) => ({ type: 'list-item' as const, children: [text(value)] });

  it('renders ordered and unordered lists', async () => {
    const root = await renderBlocks([
      { type: 'list', format: 'ordered', children: [item('one'), item('two')] },
      { type: 'list', format: 'unordered', children: [item('a')] },
    ]);
    expect([...root.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(root.querySelectorAll('ul > li')).toHaveLength(1);
  });

  it('nests a nested list inside the item before it', async () => {
    const inner: ListNode = { type: 'list', format: 'ordered', indentLevel: 1, children: [item('five things you see'), item('four you hear')] };
    const root = await renderBlocks([
      { type: 'list', format: 'unordered', children: [item('Grounding'), inner, item('Breathing')] },
    ]);
    const outer = root.querySelector(':scope > ul');
    const items = outer?.querySelectorAll(':scope > li') ?? [];
    expect(items).toHaveLength(2);
    const nested = items[0]?.querySelector(':scope > ol');
    expect(nested).not.toBeNull();
    expect([...(nested?.querySelectorAll(':scope > li') ?? [])].map((li) => li.textContent)).toEqual([
      'five things you see',
      'four you hear',
    ]);
    expect(items[1]?.textContent).toBe('Breathing');
  });

  it('nests three levels deep and keeps a leading nested list inside an <li>', async () => {
    const deepest: ListNode = { type: 'list', format: 'unordered', children: [item('deep')] };
    const middle: ListNode = { type: 'list', format: 'unordered', children: [item('middle'), deepest] };
    const root = await renderBlocks([{ type: 'list', format: 'unordered', children: [middle, item('top')] }]);
    expect(root.querySelector(':scope > ul > li > ul > li > ul > li')?.textContent).toBe('deep');
    expect([...root.querySelectorAll('ul')].every((list) => [...list.children].every((child) => child.tagName === 'LI'))).toBe(true);
  });
});

describe('BlocksRenderer: images', () => {
  const image = (extra: Record<string, unknown>): Blocks => [
    { type: 'image', image: { url: '/media/abc123.jpg', name: 'IMG_2041.jpg', ...extra }, children: [text('')] },
  ];

  it('renders a lazy image with its size and caption', async () => {
    const root = await renderBlocks(image({ alternativeText: 'Two chairs by a window', caption: 'The Fulham room', width: 1200, height: 800 }));
    const img = root.querySelector('figure img');
    expect(img?.getAttribute('alt')).toBe('Two chairs by a window');
    expect(img?.getAttribute('width')).toBe('1200');
    expect(img?.getAttribute('height')).toBe('800');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(img?.getAttribute('decoding')).toBe('async');
    expect(root.querySelector('figure figcaption')?.textContent).toBe('The Fulham room');
  });

  it.each([
    ['missing', {}],
    ['null', { alternativeText: null }],
    ['empty', { alternativeText: '   ' }],
    ['the file name', { alternativeText: 'IMG_2041.jpg' }],
    ['the file name without extension', { alternativeText: 'IMG_2041' }],
  ])('treats %s alternative text as decorative (alt="")', async (_label, extra) => {
    const root = await renderBlocks(image(extra));
    const img = root.querySelector('img');
    expect(img?.hasAttribute('alt')).toBe(true);
    expect(img?.getAttribute('alt')).toBe('');
    expect(root.querySelector('figcaption')).toBeNull();
    expect(root.querySelector('img')?.hasAttribute('width')).toBe(false);
  });

  it('does not show the file name as a caption', async () => {
    const root = await renderBlocks(image({ caption: 'IMG_2041.jpg' }));
    expect(root.querySelector('figcaption')).toBeNull();
  });

  it('renders nothing for an image URL that is not http(s) or on this site', async () => {
    const root = await renderBlocks([
      { type: 'image', image: { url: 'javascript:alert(1)' }, children: [] },
      { type: 'image', image: { url: '//evil.example/x.png' }, children: [] },
    ]);
    expect(root.querySelector('img')).toBeNull();
  });
});
