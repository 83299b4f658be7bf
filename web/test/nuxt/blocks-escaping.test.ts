import { describe, expect, it } from 'vitest';
import { paragraph, renderBlocks, text } from './mount-blocks';

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>';

describe('BlocksRenderer: CMS text is text, never HTML', () => {
  it('renders markup in every kind of text as literal text', async () => {
    const root = await renderBlocks([
      paragraph(text(PAYLOAD), text(PAYLOAD, { bold: true })),
      { type: 'heading', level: 2, children: [text(PAYLOAD)] },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text(PAYLOAD)] }] },
      { type: 'quote', children: [text(PAYLOAD)] },
      { type: 'code', language: '"><script>alert(3)</script>', children: [text(PAYLOAD)] },
      { type: 'paragraph', children: [{ type: 'link', url: '/ok', children: [text(PAYLOAD)] }] },
      {
        type: 'image',
        image: { url: '/media/a.jpg', alternativeText: PAYLOAD, caption: PAYLOAD },
        children: [],
      },
    ]);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    // The only image is the image block itself.
    expect(root.querySelectorAll('img')).toHaveLength(1);
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(root.querySelector('p')?.textContent).toBe(PAYLOAD + PAYLOAD);
    for (const selector of ['strong', 'h2', 'li', 'blockquote', 'code', 'a', 'figcaption']) {
      expect(root.querySelector(selector)?.textContent, selector).toBe(PAYLOAD);
    }
    expect(root.querySelector('img')?.getAttribute('alt')).toBe(PAYLOAD);
    expect(root.querySelector('pre')?.getAttribute('data-language')).toBe('"><script>alert(3)</script>');
  });
});
