// Reading pages the way a reader (or a screen reader) does: landmarks, headings, links.
import type { Locator, Page } from 'playwright-core';

/** Same-origin link targets (path + query) inside `scope` whose path starts with `prefix`, in order, unique. */
export async function linkPaths(scope: Locator, prefix: string): Promise<string[]> {
  const resolved = await scope.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const origin = new URL(scope.page().url()).origin;
  const paths = resolved
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin && url.pathname.startsWith(prefix))
    .map((url) => url.pathname + url.search);
  return [...new Set(paths)];
}

/** Slugs of the articles linked inside `scope` (`/articles/<slug>`), in order, unique. */
export async function articleSlugs(scope: Locator): Promise<string[]> {
  const paths = await linkPaths(scope, '/articles/');
  const slugs = paths.map((path) => /^\/articles\/([^/?#]+)$/.exec(path)?.[1]).filter((slug): slug is string => !!slug);
  return [...new Set(slugs)];
}

/** The nearest section/aside/nav holding an h2 (or h3) with this text. */
export function sectionByHeading(page: Page, name: string | RegExp): Locator {
  const heading = page.getByRole('heading', { name });
  return page.locator('section, aside, nav').filter({ has: heading }).last();
}

export async function mainText(page: Page): Promise<string> {
  return (await page.getByRole('main').innerText()).replace(/\s+/g, ' ').trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
