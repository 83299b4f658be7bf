// A long article on a phone: its later parts are laid out only as they come near the screen
// (content-visibility on the article page), so what a reader does far down the page is checked
// here: the table of contents lands on each heading, and printing shows the whole article.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserPage, VIEWPORTS, visit } from './support/browser';
import { stackInfo } from './support/context';
import { NEWEST_ARTICLE } from './support/pages';

const { webUrl } = stackInfo();
const ARTICLE_URL = `${webUrl}/articles/${NEWEST_ARTICLE.slug}`;

const tableOfContents = (page: Page) => page.getByRole('navigation', { name: 'Table of contents' });

/** The article's table-of-contents links, in order. */
async function tocTargets(page: Page): Promise<string[]> {
  return tableOfContents(page).getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
}

describe('a long article on a phone', () => {
  // Reduced motion (the harness's default) makes the jump instant; with motion it scrolls smoothly.
  const session = useBrowserPage(webUrl, { javaScript: false });

  test('every table-of-contents link brings its heading to the top of the screen', async () => {
    const { page } = session;
    await page.setViewportSize(VIEWPORTS.mobile);
    await visit(page, ARTICLE_URL);
    const targets = await tocTargets(page);
    expect(targets.length, 'the seed article has a table of contents').toBeGreaterThan(5);
    // Last first: the farthest jump crosses the most parts not yet laid out.
    for (const href of [...targets].reverse()) {
      await visit(page, ARTICLE_URL);
      await tableOfContents(page).locator(`a[href="${href}"]`).click();
      await expect
        .poll(() => page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN, href.slice(1)), { message: `${href} at the top` })
        .toSatisfy((top: number) => top >= 0 && top <= 48);
    }
  });

  test('printing lays out every part of the article, not only what was on screen', async () => {
    const { page } = session;
    await page.setViewportSize(VIEWPORTS.mobile);
    await visit(page, ARTICLE_URL);
    await page.emulateMedia({ media: 'print' });
    try {
      // Inside a part not laid out, an element is visible but for content-visibility (the part
      // itself counts as visible); the rest of the page's print styles are not this test's concern.
      const skipped = await page.evaluate(() =>
        [...document.querySelectorAll('.article > * *')]
          .filter((element) => element.checkVisibility() && !element.checkVisibility({ contentVisibilityAuto: true }))
          .map((element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim().slice(0, 40)}`));
      expect(skipped, 'parts a printout would leave blank').toEqual([]);
    } finally {
      await page.emulateMedia({ media: null });
    }
  });
});
