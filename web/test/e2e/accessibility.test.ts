// axe-core (WCAG 2.2 AA) on every page type, light and dark, desktop and mobile; the screenshots
// committed in screenshots/ are taken on the way.
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { type ColorScheme, useBrowserPage, VIEWPORTS, visit } from './support/browser';
import { stackInfo } from './support/context';
import { PAGE_TYPES } from './support/pages';
import { saveScreenshot } from './support/screenshots';

const { webUrl } = stackInfo();
const SCHEMES: ColorScheme[] = ['light', 'dark'];

for (const scheme of SCHEMES) {
  describe(`accessibility (${scheme})`, () => {
    const session = useBrowserPage(webUrl, { colorScheme: scheme });

    test.each(PAGE_TYPES)('$type ($path)', async ({ type, path, status }) => {
      await session.page.setViewportSize(VIEWPORTS.desktop);
      const response = await visit(session.page, `${webUrl}${path}`);
      expect(response.status()).toBe(status);
      await session.page.waitForLoadState('networkidle');
      await saveScreenshot(session.page, type, 'desktop', scheme);
      const problems: string[] = [];
      await expectNoAxeViolations(session.page, `${path} (desktop, ${scheme})`).catch((error: Error) => problems.push(error.message));

      await session.page.setViewportSize(VIEWPORTS.mobile);
      await saveScreenshot(session.page, type, 'mobile', scheme);
      await expectNoAxeViolations(session.page, `${path} (mobile, ${scheme})`).catch((error: Error) => problems.push(error.message));

      expect(session.browser.pageErrors).toEqual([]);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    });
  });
}
