// A reader's path through real links: home → a topic → an article → a related article.
// Once with JavaScript (client-side navigation) and once without (full page loads).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { h1Text, useBrowserPage, visit } from './support/browser';
import { stackInfo } from './support/context';
import { articleSlugs, sectionByHeading } from './support/dom';
import { ANXIETY_TOPIC } from './support/pages';
import { articleBySlug, PUBLISHED, publishedIn } from './support/seed';

const { webUrl } = stackInfo();

/** Clicks a link like a reader, waits for the new page and its h1; returns that URL's HTTP status. */
async function follow(page: Page, link: Locator, previousH1: string): Promise<{ status: number; h1: string }> {
  const href = await link.getAttribute('href');
  expect(href, 'link has an href').toBeTruthy();
  const target = new URL(href!, page.url());
  await Promise.all([page.waitForURL((url) => url.pathname === target.pathname), link.click()]);
  await expect.poll(() => h1Text(page), { timeout: 10_000 }).not.toBe(previousH1);
  const status = (await page.request.get(target.toString())).status();
  return { status, h1: await h1Text(page) };
}

for (const javaScript of [true, false]) {
  describe(`reader journey (JavaScript ${javaScript ? 'on' : 'off'})`, () => {
    const session = useBrowserPage(webUrl, { javaScript });

    test('home → topic → article → related article, through real links', async () => {
      const home = await visit(session.page, webUrl);
      expect(home.status()).toBe(200);
      const homeH1 = await h1Text(session.page);
      expect(homeH1.length).toBeGreaterThan(0);

      // Home lists the topics; pick Anxiety (three published articles in the seed).
      const topicLink = session.page.getByRole('main').locator(`a[href="/topics/${ANXIETY_TOPIC.slug}"]`).first();
      const topic = await follow(session.page, topicLink, homeH1);
      expect(topic.status).toBe(200);
      expect(topic.h1).toContain(ANXIETY_TOPIC.name);

      const listed = await articleSlugs(session.page.getByRole('main'));
      const expected = publishedIn(ANXIETY_TOPIC.slug).map((a) => a.slug);
      expect(listed.filter((slug) => expected.includes(slug))).toEqual(expected);
      const firstSlug = expected[0]!;
      const article = await follow(session.page, session.page.getByRole('main').locator(`a[href="/articles/${firstSlug}"]`).first(), topic.h1);
      expect(article.status).toBe(200);
      expect(article.h1).toBe(articleBySlug(firstSlug).title);

      const related = sectionByHeading(session.page, 'Related articles');
      const relatedSlugs = await articleSlugs(related);
      expect.soft(relatedSlugs.length, 'Related articles lists three articles').toBe(3);
      expect(relatedSlugs.length, 'Related articles lists at least one article').toBeGreaterThan(0);
      expect(relatedSlugs).not.toContain(firstSlug);
      for (const slug of relatedSlugs) expect(PUBLISHED.map((a) => a.slug)).toContain(slug);

      const next = await follow(session.page, related.locator(`a[href="/articles/${relatedSlugs[0]}"]`).first(), article.h1);
      expect(next.status).toBe(200);
      expect(next.h1).toBe(articleBySlug(relatedSlugs[0]!).title);
      expect(new Set([homeH1, topic.h1, article.h1, next.h1]).size).toBe(4);
      expect(session.browser.pageErrors).toEqual([]);
    });
  });
}
