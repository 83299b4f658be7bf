import { describe, expect, it } from 'vitest';
import { altTextMessage, blockImages, hasAltText, withLibraryAltText } from '../../src/guardrails/alt-text';

const image = (name: string, alternativeText: string | null, hash = name) => ({
  type: 'image',
  image: { name, alternativeText, hash },
  children: [{ type: 'text', text: '' }],
});
const paragraph = { type: 'paragraph', children: [{ type: 'text', text: 'Hi' }] };

describe('alternative text', () => {
  it('is real text, not empty and not the file name the editor fills in', () => {
    expect(hasAltText({ name: 'lake.jpg', alternativeText: 'A still lake at dawn' })).toBe(true);
    expect(hasAltText({ name: 'lake.jpg', alternativeText: 'lake.jpg' })).toBe(false);
    expect(hasAltText({ name: 'lake.jpg', alternativeText: '   ' })).toBe(false);
    expect(hasAltText({ name: 'lake.jpg', alternativeText: null })).toBe(false);
    expect(hasAltText({ name: 'lake.jpg' })).toBe(false);
  });

  it('is looked for in every image of a Blocks value, nested ones included', () => {
    const blocks = [paragraph, image('a.jpg', 'A'), { type: 'list', children: [image('b.jpg', null)] }];
    expect(blockImages(blocks).map((file) => file.name)).toEqual(['a.jpg', 'b.jpg']);
    expect(blockImages(null)).toEqual([]);
    expect(blockImages('not blocks')).toEqual([]);
  });

  it('is taken from the Media Library when it has some, without touching other nodes', () => {
    const blocks = [paragraph, image('a.jpg', 'a.jpg', 'hash-a'), image('b.jpg', 'Kept', 'hash-b')];
    const { blocks: refreshed, changed } = withLibraryAltText(blocks, new Map([['hash-a', 'A path through a wood']]));
    expect(changed).toBe(true);
    expect(blockImages(refreshed).map((file) => file.alternativeText)).toEqual(['A path through a wood', 'Kept']);
    expect(blocks[1]).toEqual(image('a.jpg', 'a.jpg', 'hash-a'));
    expect(withLibraryAltText(blocks, new Map()).changed).toBe(false);
  });

  it('is asked for by file name, saying where the image is', () => {
    expect(altTextMessage('cover-x.jpg', 'the cover image')).toBe(
      'Add alternative text to the image "cover-x.jpg" (Media Library → edit the image) before publishing: it is the cover image.',
    );
  });
});
