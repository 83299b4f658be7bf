import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { COVER_MOTIFS } from '../../src/seed/article-file';
import { coverSvg, renderCover } from '../../src/seed/cover-image';

/** Average colour of an image, as 0–255 channel means. */
async function meanColour(jpeg: Buffer): Promise<[number, number, number]> {
  const { channels } = await sharp(jpeg).stats();
  return [channels[0]?.mean ?? 0, channels[1]?.mean ?? 0, channels[2]?.mean ?? 0];
}

describe('renderCover', () => {
  it('makes a valid 1600×900 JPEG by default', async () => {
    const jpeg = await renderCover({ hue: 160, motif: 'waves', seedText: 'a-slug' });
    expect(Buffer.isBuffer(jpeg)).toBe(true);
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect([...jpeg.subarray(-2)]).toEqual([0xff, 0xd9]);
    const meta = await sharp(jpeg).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1600, height: 900, channels: 3 });
    expect(jpeg.length).toBeLessThan(400_000);
  });

  it('honours a custom size', async () => {
    const meta = await sharp(await renderCover({ hue: 10, motif: 'hills', seedText: 'x', width: 320, height: 180 })).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 320, height: 180 });
  });

  it.each(COVER_MOTIFS)('draws the %s motif without text or outside references', async (motif) => {
    const svg = coverSvg({ hue: 200, motif, seedText: 'slug' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<text|<image|<use|href=|font|@import|url\((?!#)/);
    expect(svg.match(/https?:\/\//g)).toEqual(['http://']); // only the SVG namespace
    const meta = await sharp(await renderCover({ hue: 200, motif, seedText: 'slug', width: 160, height: 90 })).metadata();
    expect(meta.format).toBe('jpeg');
  });

  it('is deterministic: the same options give the same bytes', async () => {
    const options = { hue: 95, motif: 'leaves' as const, seedText: 'am-i-burnt-out', width: 400, height: 225 };
    expect(coverSvg(options)).toBe(coverSvg(options));
    expect((await renderCover(options)).equals(await renderCover(options))).toBe(true);
  });

  it('differs by hue, visibly', async () => {
    const base = { motif: 'waves' as const, seedText: 'same', width: 320, height: 180 };
    const green = await renderCover({ ...base, hue: 140 });
    const rose = await renderCover({ ...base, hue: 340 });
    expect(green.equals(rose)).toBe(false);
    const [gr, gg] = await meanColour(green);
    const [rr, rg] = await meanColour(rose);
    expect(gg).toBeGreaterThan(gr); // greenish
    expect(rr).toBeGreaterThan(rg); // reddish
  });

  it('varies the details with the seed text', () => {
    const base = { hue: 200, motif: 'circles' as const };
    expect(coverSvg({ ...base, seedText: 'one' })).not.toBe(coverSvg({ ...base, seedText: 'two' }));
  });

  it('takes the hue modulo 360', () => {
    expect(coverSvg({ hue: 400, motif: 'hills', seedText: 's' })).toBe(coverSvg({ hue: 40, motif: 'hills', seedText: 's' }));
  });

  it('refuses bad options', async () => {
    await expect(renderCover({ hue: 1, motif: 'stars' as never, seedText: 's' })).rejects.toThrow(/motif/);
    await expect(renderCover({ hue: Number.NaN, motif: 'waves', seedText: 's' })).rejects.toThrow(/hue/);
    await expect(renderCover({ hue: 1, motif: 'waves', seedText: 's', width: 10 })).rejects.toThrow(/width/);
    await expect(renderCover({ hue: 1, motif: 'waves', seedText: 's', height: 1.5 })).rejects.toThrow(/height/);
  });
});
