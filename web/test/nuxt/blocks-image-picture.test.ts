import { describe, expect, it } from 'vitest';
import { renderBlocks, text } from './mount-blocks';

describe('BlocksRenderer: images as <picture>', () => {
  it('offers AVIF and WebP at the listed widths, with the original format as the lazy fallback', async () => {
    const root = await renderBlocks([
      { type: 'image', image: { url: '/media/room_0123456789.jpg', alternativeText: 'A quiet room', width: 700, height: 500 }, children: [text('')] },
    ]);
    const sources = [...root.querySelectorAll('figure picture source')];
    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(sources[0]?.getAttribute('srcset')).toBe(
      '/media/320w/room_0123456789.jpg.avif 320w, /media/480w/room_0123456789.jpg.avif 480w, /media/640w/room_0123456789.jpg.avif 640w, /media/960w/room_0123456789.jpg.avif 700w',
    );
    const img = root.querySelector('figure picture img');
    expect(img?.getAttribute('srcset')).toContain('/media/640w/room_0123456789.jpg 640w');
    expect(img?.getAttribute('sizes')).toBeTruthy();
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(img?.hasAttribute('fetchpriority')).toBe(false);
  });

  it('leaves an image hosted elsewhere as a plain fallback (no sources to make)', async () => {
    const root = await renderBlocks([{ type: 'image', image: { url: 'https://example.org/a.jpg', width: 700, height: 500 }, children: [text('')] }]);
    expect(root.querySelectorAll('source')).toHaveLength(0);
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://example.org/a.jpg');
    expect(root.querySelector('img')?.hasAttribute('srcset')).toBe(false);
  });
});
