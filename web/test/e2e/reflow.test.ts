// Reflow (WCAG 1.4.10) and the phone header: at 320 px with the largest text size nothing scrolls
// sideways (code blocks scroll inside themselves), and the article's title and the urgent-help
// link are on the first screen. The header's menu opens without JavaScript.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin, type AdminDocument, deleteArticlesEverywhere, paragraph, uniqueSlug } from './support/admin';
import { type Browser, type ColorScheme, launch, visit } from './support/browser';
import { stackInfo } from './support/context';
import { NEWEST_ARTICLE } from './support/pages';
import { codeBlock, nestedList, publishRichArticle } from './support/rich-article';
import { SCREENSHOT_DIR } from './support/screenshots';

const info = stackInfo();
const slug = uniqueSlug('reflow');
const NARROW = { width: 320, height: 568 };
const PHONE = { width: 390, height: 844 };
const LONG_URL = 'https://example.org/a/very/long/address/that/keeps/going/without/any/spaces/to/break/at/all/index.html';

/** The largest of the site's text sizes (the control's CSS hook), set as the control would. */
async function largestText(page: Page): Promise<void> {
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'larger'));
}

async function open(browser: Browser, path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  await visit(page, `${info.webUrl}${path}`);
  await largestText(page);
  return page;
}

/** Bottom edges (page coordinates) of the h1 and of the urgent-help link. */
async function firstScreenEdges(page: Page): Promise<{ h1: number; urgent: number }> {
  return page.evaluate(() => {
    const bottom = (element: Element | null) => (element ? element.getBoundingClientRect().bottom + window.scrollY : Infinity);
    return { h1: bottom(document.querySelector('h1')), urgent: bottom(document.querySelector('a[href="/urgent-help"]')) };
  });
}

describe('reflow at 320 px with the largest text', () => {
  let admin: Admin;
  let article: AdminDocument | undefined;
  let browser: Browser;

  beforeAll(async () => {
    admin = await Admin.signIn(info);
    article = await publishRichArticle(admin, info, {
      title: `Notes that go deep ${slug.slice(-6)}`,
      slug,
      excerpt: 'Written by the end-to-end tests: a list nested eight levels deep, a code block and a long address.',
      // The wide parts come after four plain paragraphs: an article's later blocks are laid out
      // only near the screen (content-visibility), and must not overflow there either.
      body: [
        ...[1, 2, 3, 4].map((n) => paragraph(`Paragraph ${n}, before the parts that are hard to fit on a narrow screen.`)),
        paragraph(`A long address without spaces: ${LONG_URL}`),
        nestedList(8, (level) => `Level ${level}: a thought inside a thought, with an unbreakablewordthatgoesonandon${level}`),
        codeBlock('const breathing = ["in for four", "hold for four", "out for four", "hold for four"].map((step) => step.toUpperCase()).join(" → ");', 'js'),
      ],
    });
    browser = await launch(info.webUrl, { javaScript: false });
  });

  afterAll(async () => {
    await browser?.close();
    if (article) await deleteArticlesEverywhere(admin, info, [article]);
  });

  test.each(['/', '/articles', '/about', `/articles/${NEWEST_ARTICLE.slug}`, `/articles/${slug}`])('%s does not scroll sideways', async (path) => {
    const page = await open(browser, path, NARROW);
    const widths = await page.evaluate(() => {
      const root = document.documentElement;
      // Elements and text reaching past the viewport, outside the code blocks (which scroll). The
      // page's scroll width alone would miss an article's later parts: each is its own paint
      // container (content-visibility), which cuts overflow off instead of widening the page.
      // Asking for boxes lays those parts out even before they near the screen.
      const past = (box: DOMRect) => box.right > root.clientWidth + 0.5;
      const wideElements = [...document.querySelectorAll('body *')]
        .filter((element) => past(element.getBoundingClientRect()) && !element.closest('pre'))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      const wideTexts: string[] = [];
      const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        if (text.parentElement?.closest('pre')) continue;
        range.selectNodeContents(text);
        if (past(range.getBoundingClientRect())) wideTexts.push(`"${(text.textContent ?? '').trim().slice(0, 40)}"`);
      }
      const wide = [...wideElements, ...wideTexts].slice(0, 5);
      return { scroll: root.scrollWidth, wide };
    });
    expect(widths.scroll, `wider than 320 px because of: ${widths.wide.join(', ')}`).toBeLessThanOrEqual(NARROW.width);
    expect(widths.wide, 'elements reaching past the right edge').toEqual([]);
    await page.close();
  });

  test('the code block scrolls inside itself, and keyboard and screen-reader users can reach it', async () => {
    const page = await open(browser, `/articles/${slug}`, NARROW);
    const pre = page.locator('.prose pre').first();
    // Where a reader would see it: a part far down the article is laid out as it nears the screen.
    await pre.scrollIntoViewIfNeeded();
    // Laid out at the next frame after it came near the screen.
    await expect
      .poll(() => pre.evaluate((element) => element.scrollWidth - element.clientWidth), { message: 'the long line overflows the block, not the page' })
      .toBeGreaterThan(0);
    expect(await pre.getAttribute('tabindex')).toBe('0');
    expect(await pre.getAttribute('aria-label')).toMatch(/code/i);
    expect(await page.locator('.prose li li li li li li li li').count(), 'all eight levels are there').toBeGreaterThan(0);
    await page.close();
  });

  test.each([
    ['320×568', NARROW],
    ['390×844', PHONE],
  ])('at %s the article title and the urgent-help link are on the first screen', async (_label, viewport) => {
    for (const path of [`/articles/${NEWEST_ARTICLE.slug}`, `/articles/${slug}`]) {
      const page = await open(browser, path, viewport);
      const edges = await firstScreenEdges(page);
      expect(edges.urgent, `${path}: urgent-help link`).toBeLessThanOrEqual(viewport.height);
      expect(edges.h1, `${path}: the h1 ends ${edges.h1} px down`).toBeLessThanOrEqual(viewport.height);
      await page.close();
    }
  });

  test('the phone menu opens without JavaScript; the booking button needs no opening', async () => {
    const page = await open(browser, '/', NARROW);
    const header = page.locator('header.site-header');
    const book = header.getByRole('link', { name: /consultation/i });
    await expect.poll(() => book.isVisible()).toBe(true);
    const toggle = header.locator('summary');
    const size = await toggle.boundingBox();
    expect(size && size.width >= 24 && size.height >= 24, `toggle is ${JSON.stringify(size)}`).toBe(true);
    expect(await header.getByRole('link', { name: 'Articles' }).isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const articles = header.getByRole('link', { name: 'Articles' });
    expect(await articles.isVisible()).toBe(true);
    await articles.focus();
    const outline = await articles.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline, 'focus is visible').not.toBe('none');
    await page.close();
  });

  test('on a desktop the header is as it was: every link in one row, no menu button', async () => {
    const page = await open(browser, '/', { width: 1280, height: 800 });
    const header = page.locator('header.site-header');
    expect(await header.locator('summary').isVisible()).toBe(false);
    for (const name of ['Articles', 'Topics', 'About', 'Search']) expect(await header.getByRole('link', { name }).isVisible(), name).toBe(true);
    await page.close();
  });

  test('screenshots of the first screen at 320×568 with the largest text', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const scheme of ['light', 'dark'] as ColorScheme[]) {
      const themed = await launch(info.webUrl, { javaScript: false, colorScheme: scheme });
      try {
        for (const [type, path] of [['home', '/'], ['article', `/articles/${NEWEST_ARTICLE.slug}`]] as const) {
          const page = await open(themed, path, NARROW);
          await page.screenshot({ path: join(SCREENSHOT_DIR, `${type}-narrow-larger-${scheme}.png`), animations: 'disabled', caret: 'hide' });
          await page.close();
        }
      } finally {
        await themed.close();
      }
    }
  });
});
