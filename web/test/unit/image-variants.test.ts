import { describe, expect, it } from 'vitest';
import { IMAGE_WIDTHS, imageVariantSets, isVersionedFile, parseMediaPath } from '#shared/utils/image-variants';

const FILE = 'cover_calm_1a2b3c4d5e.jpg';

describe('parseMediaPath: only listed widths and formats of one upload', () => {
  it('keeps the original proxy for a bare file name', () => {
    expect(parseMediaPath(FILE)).toEqual({ kind: 'original', file: FILE });
  });

  it.each([
    [`640w/${FILE}`, 640, 'jpeg', FILE],
    [`640w/${FILE}.avif`, 640, 'avif', FILE],
    [`1600w/${FILE}.webp`, 1600, 'webp', FILE],
    ['320w/photo_0123456789.png', 320, 'png', 'photo_0123456789.png'],
    ['320w/photo_0123456789.PNG.webp', 320, 'webp', 'photo_0123456789.PNG'],
  ])('%s → %i px %s', (path, width, format, file) => {
    expect(parseMediaPath(path)).toEqual({ kind: 'variant', file, width, format });
  });

  it.each([
    `500w/${FILE}.avif`, // not a listed width
    `0640w/${FILE}`,
    `640/${FILE}`,
    `99999w/${FILE}`,
    `640w/${FILE}.gif`, // not a format we make
    `640w/${FILE}.avif.webp`,
    '640w/anim_0123456789.gif.webp', // only JPEG/PNG are converted
    '640w/vector_0123456789.svg',
    `640w/../${FILE}`,
    `640w/.hidden.jpg`,
    `640w/a/${FILE}`,
    '../secret.jpg',
    '',
  ])('refuses %s', (path) => {
    expect(parseMediaPath(path)).toBeNull();
  });
});

describe('imageVariantSets', () => {
  it('lists every width below the upload and one at or above it, described by the real width', () => {
    const sets = imageVariantSets(FILE, 1000)!;
    expect(sets.srcset).toBe(`/media/320w/${FILE} 320w, /media/480w/${FILE} 480w, /media/640w/${FILE} 640w, /media/960w/${FILE} 960w, /media/1280w/${FILE} 1000w`);
    expect(sets.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    expect(sets.sources[0]!.srcset).toContain(`/media/1280w/${FILE}.avif 1000w`);
  });

  it('makes every URL it lists parse back to the same variant', () => {
    const sets = imageVariantSets(FILE, 1600)!;
    const urls = [sets.srcset, ...sets.sources.map((source) => source.srcset)].flatMap((srcset) => srcset.split(', ').map((entry) => entry.split(' ')[0]!));
    expect(urls).toHaveLength(IMAGE_WIDTHS.length * 3);
    for (const url of urls) expect(parseMediaPath(url.replace('/media/', '')), url).not.toBeNull();
  });

  it('gives a tiny image one variant at its own width', () => {
    expect(imageVariantSets('dot_0123456789.png', 8)?.srcset).toBe('/media/320w/dot_0123456789.png 8w');
  });

  it('leaves SVGs, GIFs and images of unknown width as uploaded', () => {
    expect(imageVariantSets('logo_0123456789.svg', 400)).toBeNull();
    expect(imageVariantSets('anim_0123456789.gif', 400)).toBeNull();
    expect(imageVariantSets(FILE, null)).toBeNull();
  });
});

describe('isVersionedFile', () => {
  it('recognises Strapi\'s unique upload names (a year of caching) and nothing else', () => {
    expect(isVersionedFile(FILE)).toBe(true);
    expect(isVersionedFile('large_cover_calm_1a2b3c4d5e.jpg')).toBe(true);
    expect(isVersionedFile('cover.jpg')).toBe(false);
    expect(isVersionedFile('cover_abc.jpg')).toBe(false);
  });
});
