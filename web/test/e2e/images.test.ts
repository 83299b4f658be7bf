// Images: every CMS image is a <picture> with AVIF and WebP sources and a JPEG/PNG fallback at
// the listed widths; the media route makes each variant once, caches it on disk and serves it
// with the right type and caching headers. The article cover is fetched early, all others lazily,
// and cards without a cover keep the grid even.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin, type AdminDocument, deleteArticlesEverywhere, paragraph, uniqueSlug } from './support/admin';
import { type Browser, launch, visit } from './support/browser';
import { stackInfo } from './support/context';
import { get } from './support/http';
import { NEWEST_ARTICLE } from './support/pages';
import { imageBlock, publishRichArticle, uploadPng } from './support/rich-article';

const info = stackInfo();
const slug = uniqueSlug('images');
const bareSlug = uniqueSlug('no-cover');

/** A calm 1600×900 gradient with some texture: big enough for every listed width. */
async function testPng(hue: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},40%,80%)"/><stop offset="1" stop-color="hsl(${hue + 40},45%,35%)"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/><circle cx="1100" cy="380" r="260" fill="hsl(${hue},50%,90%)" opacity="0.5"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** What the bytes say they are (magic numbers), whatever the headers claim. */
function sniff(bytes: Uint8Array): string {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (ascii(4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(8, 12))) return 'image/avif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(1, 4) === 'PNG') return 'image/png';
  return 'unknown';
}

async function fetchBytes(path: string): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
  const response = await fetch(new URL(path, info.webUrl), { signal: AbortSignal.timeout(60_000) });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

interface PictureInfo {
  sources: { type: string | null; srcset: string | null; sizes: string | null }[];
  img: Record<string, string | null>;
  inCard: boolean;
  isCover: boolean;
}

async function pictures(browser: Browser, path: string): Promise<PictureInfo[]> {
  const page = await browser.newPage();
  await visit(page, `${info.webUrl}${path}`);
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('main picture')].map((picture) => {
      const img = picture.querySelector('img')!;
      const attrs: Record<string, string | null> = {};
      for (const name of ['src', 'srcset', 'sizes', 'width', 'height', 'loading', 'decoding', 'fetchpriority', 'alt']) attrs[name] = img.getAttribute(name);
      return {
        sources: [...picture.querySelectorAll('source')].map((s) => ({ type: s.getAttribute('type'), srcset: s.getAttribute('srcset'), sizes: s.getAttribute('sizes') })),
        img: attrs,
        inCard: !!picture.closest('.card'),
        isCover: picture.classList.contains('article__cover'),
      };
    }));
  await page.close();
  return found;
}

const firstUrl = (srcset: string | null | undefined): string => srcset?.split(',')[0]?.trim().split(' ')[0] ?? '';

describe('images', () => {
  let admin: Admin;
  const articles: AdminDocument[] = [];
  const files: number[] = [];
  let browser: Browser;
  let coverFile = '';

  beforeAll(async () => {
    admin = await Admin.signIn(info);
    const cover = await uploadPng(admin, `${slug}-cover.png`, await testPng(150), 'Soft green light over a still lake.');
    const inline = await uploadPng(admin, `${slug}-inline.png`, await testPng(30), 'A warm orange glow behind a hill.');
    files.push(cover.id, inline.id);
    coverFile = cover.url.replace('/uploads/', '');
    articles.push(
      await publishRichArticle(admin, info, {
        title: `Light on the water ${slug.slice(-6)}`,
        slug,
        excerpt: 'Written by the end-to-end tests, with a cover and an image in the text.',
        body: [paragraph('Before the picture.'), imageBlock(inline), paragraph('After the picture.')],
        cover: cover.id,
      }),
    );
    articles.push(
      await publishRichArticle(admin, info, {
        title: `A page without a picture ${bareSlug.slice(-6)}`,
        slug: bareSlug,
        excerpt: 'Written by the end-to-end tests, without a cover.',
        body: [paragraph('Nothing to look at, and that is fine.')],
      }),
    );
    browser = await launch(info.webUrl, { javaScript: false });
  });

  afterAll(async () => {
    await browser?.close();
    if (articles.length) await deleteArticlesEverywhere(admin, info, articles);
    for (const id of files) await admin.deleteFile(id);
  });

  test('a variant is made once: the second request comes from the disk cache', async () => {
    const path = `/media/640w/${coverFile}.avif`;
    const first = await fetchBytes(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-tend-image')).toBe('miss');
    expect(existsSync(join(info.runDir, 'web', 'image-cache', '640w', `${coverFile}.avif`)), 'stored on disk').toBe(true);
    const second = await fetchBytes(path);
    expect(second.headers.get('x-tend-image')).toBe('hit');
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  test.each([
    ['the cover of a seed article (JPEG)', `/articles/${NEWEST_ARTICLE.slug}`, 'image/jpeg'],
    ['a new article with a PNG cover and an image in the text', `/articles/${slug}`, 'image/png'],
  ])('%s: AVIF and WebP sources, the right bytes and headers', async (_label, path, fallbackType) => {
    const cover = (await pictures(browser, path)).find((picture) => picture.isCover);
    expect(cover, 'the cover is a <picture>').toBeDefined();
    expect(cover!.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    const urls: [string, string][] = [
      [firstUrl(cover!.sources[0]!.srcset), 'image/avif'],
      [firstUrl(cover!.sources[1]!.srcset), 'image/webp'],
      [firstUrl(cover!.img.srcset), fallbackType],
    ];
    for (const [url, type] of urls) {
      expect(url).toMatch(/^\/media\/\d+w\/[\w.-]+$/);
      const { status, headers, bytes } = await fetchBytes(url);
      expect(status, url).toBe(200);
      expect(headers.get('content-type'), url).toBe(type);
      expect(sniff(bytes), url).toBe(type);
      expect(headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      expect(headers.get('vary') ?? '', url).not.toMatch(/accept/i);
    }
  });

  test('the cover is fetched early; every other image lazily; all keep their size', async () => {
    const all = await pictures(browser, `/articles/${slug}`);
    const cover = all.filter((picture) => picture.isCover);
    expect(cover).toHaveLength(1);
    expect(cover[0]!.img.fetchpriority).toBe('high');
    expect(cover[0]!.img.loading).toBeNull();
    const others = all.filter((picture) => !picture.isCover);
    expect(others.length, 'the inline image and related cards').toBeGreaterThan(0);
    for (const picture of others) {
      expect(picture.img.loading).toBe('lazy');
      expect(picture.img.decoding).toBe('async');
      expect(picture.img.fetchpriority).toBeNull();
    }
    for (const picture of [...all, ...(await pictures(browser, '/'))]) {
      expect(Number(picture.img.width), picture.img.src!).toBeGreaterThan(0);
      expect(Number(picture.img.height), picture.img.src!).toBeGreaterThan(0);
      expect(picture.img.sizes, picture.img.src!).toBeTruthy();
    }
  });

  test('only listed widths of real uploads are made', async () => {
    for (const path of [`/media/500w/${coverFile}.avif`, `/media/640w/${coverFile}.gif`, `/media/640w/nope_0123456789.png.avif`, `/media/640w/..%2F${coverFile}`, `/media/4000w/${coverFile}`]) {
      expect((await get(info.webUrl, path)).status, path).toBe(404);
    }
  });

  test('on /articles a card without a cover is as tall as its neighbours, with a calm placeholder', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit(page, `${info.webUrl}/articles`);
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll('.card')].map((card) => {
        const box = card.getBoundingClientRect();
        const media = card.querySelector('.card__image')!.getBoundingClientRect();
        return { top: Math.round(box.top), height: Math.round(box.height), media: Math.round(media.height), empty: !!card.querySelector('.card__image--empty') };
      }));
    await page.close();
    const firstRow = cards.filter((card) => card.top === cards[0]!.top);
    expect(firstRow.length, 'three cards in the first row').toBeGreaterThanOrEqual(2);
    expect(firstRow.some((card) => card.empty), 'the new article without a cover is in it').toBe(true);
    expect(new Set(firstRow.map((card) => card.height)).size, JSON.stringify(firstRow)).toBe(1);
    expect(new Set(firstRow.map((card) => card.media)).size, JSON.stringify(firstRow)).toBe(1);
  });
});
