// The text-size buttons in the header: one small inline script in <head> (app/browser/text-size.js),
// allowed by its CSP hash. The choice stays in this browser (localStorage, no cookie), holds on
// every page from its first paint, and the buttons are not offered without JavaScript.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, launch, visit } from './support/browser';
import { stackInfo } from './support/context';
import { cspHash, gzipBytes, pageScripts, watchCspViolations } from './support/page-scripts';

const { webUrl } = stackInfo();

interface SeenSize {
  firstFrame?: string;
  domContentLoaded?: string;
}

/** Records data-text-size at the first animation frame (before the first paint) and at DOMContentLoaded. */
async function recordSizeOnLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: SeenSize = {};
    (window as unknown as { tendSeenSize: SeenSize }).tendSeenSize = seen;
    requestAnimationFrame(() => {
      seen.firstFrame = document.documentElement.dataset.textSize;
    });
    document.addEventListener('DOMContentLoaded', () => {
      seen.domContentLoaded = document.documentElement.dataset.textSize;
    });
  });
}

const seenSize = (page: Page) => page.evaluate(() => (window as unknown as { tendSeenSize: SeenSize }).tendSeenSize);
const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const pressed = (page: Page, name: string) => page.getByRole('group', { name: 'Text size' }).getByRole('button', { name }).getAttribute('aria-pressed');

describe('with JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(webUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the script is inlined in <head> byte for byte (its hash is in the CSP), small, and nothing is refused', async () => {
    const page = await browser.newPage();
    const violations = watchCspViolations(page);
    const response = await visit(page, webUrl);
    const csp = response.headers()['content-security-policy'] ?? '';
    const { inline, external } = await pageScripts(page);
    expect(external, 'no script files').toEqual([]);
    expect(inline.length).toBe(1);
    expect(csp).toContain(cspHash(inline[0]!));
    expect(gzipBytes(inline[0]!), 'text-size.js gzipped').toBeLessThanOrEqual(1024);
    // It runs before anything is painted: in <head>, ahead of the stylesheets.
    const firstInHead = await page.evaluate(() => document.head.querySelector('script, link[rel="stylesheet"]')?.tagName);
    expect(firstInHead).toBe('SCRIPT');
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('normal');
    expect(violations).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  test('a chosen size holds across pages from the first paint, in this browser only', async () => {
    const page = await browser.newPage();
    await recordSizeOnLoad(page);
    await visit(page, webUrl);
    const group = page.getByRole('group', { name: 'Text size' });
    expect(await group.isVisible()).toBe(true);
    expect(await pressed(page, 'Normal text')).toBe('true');
    expect(await rootFontSize(page)).toBe('16px');

    await group.getByRole('button', { name: 'Largest text' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger');
    expect(await rootFontSize(page)).toBe('20px');
    expect([await pressed(page, 'Largest text'), await pressed(page, 'Normal text')]).toEqual(['true', 'false']);

    // Through a real link, to a new document: the size is there before the first frame.
    await Promise.all([page.waitForURL(`${webUrl}/articles`), page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click()]);
    expect(await seenSize(page)).toEqual({ firstFrame: 'larger', domContentLoaded: 'larger' });
    expect(await rootFontSize(page)).toBe('20px');
    expect(await pressed(page, 'Largest text')).toBe('true');

    await visit(page, `${webUrl}/consultation`);
    expect(await seenSize(page)).toEqual({ firstFrame: 'larger', domContentLoaded: 'larger' });

    await page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Large text' }).click();
    await visit(page, webUrl);
    expect(await seenSize(page)).toEqual({ firstFrame: 'large', domContentLoaded: 'large' });
    expect(await rootFontSize(page)).toBe('18px');

    expect(await page.evaluate(() => localStorage.getItem('tend:text-size'))).toBe('large');
    await browser.assertNoCookies();
    browser.assertOwnOriginOnly();
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(webUrl, { javaScript: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the buttons, which could do nothing, are not shown; the page is at the normal size', async () => {
    const page = await browser.newPage();
    await visit(page, webUrl);
    const group = page.locator('.text-size');
    expect(await group.count(), 'rendered by the server').toBe(1);
    expect(await group.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Largest text' }).count(), 'not offered to screen readers either').toBe(0);
    expect(await rootFontSize(page)).toBe('16px');
  });
});
