// axe-core (WCAG 2.2 AA) on every page type, light and dark, desktop and mobile; the screenshots
// committed in screenshots/ are taken on the way.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { type Browser, type ColorScheme, launch, VIEWPORTS, visit } from './support/browser';
import { stackInfo } from './support/context';
import { PAGE_TYPES } from './support/pages';
import { saveScreenshot } from './support/screenshots';

const { webUrl } = stackInfo();
const SCHEMES: ColorScheme[] = ['light', 'dark'];

for (const scheme of SCHEMES) {
  describe(`accessibility (${scheme})`, () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launch(webUrl, { colorScheme: scheme });
      page = await browser.newPage();
    });
    afterAll(async () => {
      await browser?.close();
    });

    test.each(PAGE_TYPES)('$type ($path)', async ({ type, path, status }) => {
      await page.setViewportSize(VIEWPORTS.desktop);
      const response = await visit(page, `${webUrl}${path}`);
      expect(response.status()).toBe(status);
      await page.waitForLoadState('networkidle');
      await saveScreenshot(page, type, 'desktop', scheme);
      const problems: string[] = [];
      await expectNoAxeViolations(page, `${path} (desktop, ${scheme})`).catch((error: Error) => problems.push(error.message));

      await page.setViewportSize(VIEWPORTS.mobile);
      await saveScreenshot(page, type, 'mobile', scheme);
      await expectNoAxeViolations(page, `${path} (mobile, ${scheme})`).catch((error: Error) => problems.push(error.message));

      expect(browser.pageErrors).toEqual([]);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    });
  });
}
