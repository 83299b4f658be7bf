import type { LinkNode } from '@tend/shared-types';
import { describe, expect, it } from 'vitest';
import { paragraph, renderBlocks, text } from './mount-blocks';

const link = (url: string, label = 'the link'): LinkNode => ({ type: 'link', url, children: [text(label)] });

async function renderLink(url: string) {
  const root = await renderBlocks([paragraph(text('See '), link(url), text('.'))]);
  return { root, anchor: root.querySelector('a'), paragraph: root.querySelector('p') };
}

describe('BlocksRenderer: links', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '//evil.example',
    '/\\evil.example',
  ])('renders %j as plain text without an <a>', async (url) => {
    const { root, anchor, paragraph } = await renderLink(url);
    expect(anchor).toBeNull();
    expect(paragraph?.textContent).toBe('See the link.');
    expect(root.querySelector('[href]')).toBeNull();
  });

  it.each([
    ['https://www.nhs.uk/mental-health/', 'noopener noreferrer'],
    ['http://example.org/', 'noopener noreferrer'],
    ['mailto:hello@example.org', null],
    ['tel:+442071234567', null],
    ['/articles/is-it-okay-to-cry', null],
    ['#why', null],
  ])('links %j (rel %j, same tab)', async (url, rel) => {
    const { anchor } = await renderLink(url);
    expect(anchor?.getAttribute('href')).toBe(url);
    expect(anchor?.textContent).toBe('the link');
    expect(anchor?.getAttribute('rel')).toBe(rel);
    expect(anchor?.hasAttribute('target')).toBe(false);
  });

  it('forgives stray spaces around a safe URL', async () => {
    const { anchor } = await renderLink('  https://example.org/  ');
    expect(anchor?.getAttribute('href')).toBe('https://example.org/');
  });

  it('keeps the marks of link text', async () => {
    const root = await renderBlocks([
      paragraph({ type: 'link', url: '/consultation', children: [text('Book', { bold: true }), text(' now')] }),
    ]);
    expect(root.querySelector('a > strong')?.textContent).toBe('Book');
    expect(root.querySelector('a')?.textContent).toBe('Book now');
  });

  it('renders no empty <a> for a link without text', async () => {
    const root = await renderBlocks([paragraph(text('x'), link('https://example.org', ''))]);
    expect(root.querySelector('a')).toBeNull();
  });
});
