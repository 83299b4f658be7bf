// With JavaScript switched off, every page type still renders its content, the skip link, the
// landmarks and the way to urgent help.
import { describe, expect, test } from 'vitest';
import { h1Text, useBrowserPage, visit } from './support/browser';
import { stackInfo } from './support/context';
import { mainText } from './support/dom';
import { PAGE_TYPES } from './support/pages';

const { webUrl } = stackInfo();

describe('without JavaScript', () => {
  const session = useBrowserPage(webUrl, { javaScript: false });

  test.each(PAGE_TYPES)('$type ($path) renders its heading, content and landmarks', async ({ path, status }) => {
    const response = await visit(session.page, `${webUrl}${path}`);
    expect(response.status()).toBe(status);
    expect(await session.page.getByRole('heading', { level: 1 }).count(), 'exactly one h1').toBe(1);
    expect((await h1Text(session.page)).length).toBeGreaterThan(0);
    expect((await mainText(session.page)).length, 'main has real text').toBeGreaterThan(80);

    // Landmarks.
    expect(await session.page.getByRole('banner').count(), 'header (banner)').toBe(1);
    expect(await session.page.getByRole('main').count(), 'main').toBe(1);
    expect(await session.page.getByRole('contentinfo').count(), 'footer (contentinfo)').toBe(1);
    expect(await session.page.getByRole('navigation').count(), 'nav').toBeGreaterThan(0);

    // Skip link: the first focusable element, pointing at #main, which exists on <main>.
    await session.page.keyboard.press('Tab');
    const focused = await session.page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      return { href: el?.getAttribute('href') ?? null, text: el?.textContent?.trim() ?? '' };
    });
    expect(focused.href, 'first Tab lands on the skip link').toBe('#main');
    expect(focused.text).toMatch(/skip/i);
    expect(await session.page.locator('#main').count(), 'the skip link target #main').toBe(1);

    // The way to urgent help, in the header of every page.
    const urgent = session.page.getByRole('banner').getByRole('link', { name: /need urgent help\?/i });
    expect(await urgent.count()).toBeGreaterThan(0);
    expect(await urgent.first().getAttribute('href')).toBe('/urgent-help');
  });
});
