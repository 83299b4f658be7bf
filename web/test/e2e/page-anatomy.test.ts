// What the home and article pages promise readers (the page contract), checked in the
// server-rendered page (JavaScript off) through roles, headings, links and text.
import { describe, expect, test } from 'vitest';
import { h1Text, useBrowserPage, visit } from './support/browser';
import { stackInfo } from './support/context';
import { articleSlugs, linkPaths, mainText, sectionByHeading } from './support/dom';
import { articleBySlug, bodyFragment, CRISIS_LINE, tocHeadings, PUBLISHED, TOPICS } from './support/seed';

const { webUrl } = stackInfo();
// The seed's richest article: content note, last-reviewed date, three topics.
const ARTICLE = articleBySlug('why-does-grief-still-hurt-years-later');

describe('page anatomy', () => {
  const session = useBrowserPage(webUrl, { javaScript: false });

  test('home: consultation call to action, featured and latest articles, topics', async () => {
    expect((await visit(session.page, webUrl)).status()).toBe(200);
    const main = session.page.getByRole('main');
    expect(await linkPaths(main, '/consultation'), 'a link to /consultation').toContain('/consultation');
    const listed = await articleSlugs(main);
    for (const featured of PUBLISHED.filter((a) => a.featured)) expect.soft(listed, `featured: ${featured.slug}`).toContain(featured.slug);
    expect.soft(listed, 'the newest article').toContain(PUBLISHED[0]!.slug);
    const topicLinks = (await linkPaths(main, '/topics/')).map((p) => p.replace('/topics/', ''));
    expect(topicLinks.filter((slug) => TOPICS.some((t) => t.slug === slug)).length, 'links to topics').toBeGreaterThanOrEqual(3);
  });

  test('article: title, excerpt, reading time, dates, content note before the body, contents, topics, call to action, crisis box', async () => {
    expect((await visit(session.page, `${webUrl}/articles/${ARTICLE.slug}`)).status()).toBe(200);
    expect(await h1Text(session.page)).toBe(ARTICLE.title);
    const text = await mainText(session.page);
    expect.soft(text.includes(ARTICLE.excerpt.slice(0, 60)), 'the excerpt').toBe(true);
    expect.soft(text, 'reading time').toMatch(/\d+\s*(min|minute)/i);
    const datetimes = await session.page.getByRole('main').locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect.soft(datetimes.some((d) => d.startsWith(ARTICLE.publishedAt!.slice(0, 10))), `published date ${ARTICLE.publishedAt} in a <time>`).toBe(true);
    expect.soft(datetimes.some((d) => d.startsWith(ARTICLE.lastReviewed!)), `last-reviewed date ${ARTICLE.lastReviewed} in a <time>`).toBe(true);
    expect.soft(text, 'the words "reviewed"').toMatch(/reviewed/i);

    // The content note comes before the body.
    const fragment = bodyFragment(ARTICLE);
    const note = text.indexOf(ARTICLE.contentNote!);
    expect.soft(note, 'the content note is shown').toBeGreaterThanOrEqual(0);
    expect.soft(note < text.indexOf(fragment), 'the content note comes before the body').toBe(true);

    // Table of contents: one link per body h2/h3, in order, each to an anchor that exists.
    const toc = session.page.getByRole('navigation', { name: 'Table of contents' });
    expect(await toc.count(), 'nav "Table of contents"').toBe(1);
    const tocLinks = await toc.getByRole('link').evaluateAll((links) => links.map((l) => ({ text: l.textContent?.trim() ?? '', href: l.getAttribute('href') ?? '' })));
    expect.soft(tocLinks.map((l) => l.text)).toEqual(tocHeadings(ARTICLE));
    for (const { href } of tocLinks) {
      expect.soft(href, 'in-page link').toMatch(/^#./);
      expect.soft(await session.page.locator(`[id="${href.slice(1)}"]`).count(), `target of ${href}`).toBe(1);
    }

    // Related topics: exactly the article's topics.
    const topics = sectionByHeading(session.page, 'Related topics');
    const topicSlugs = (await linkPaths(topics, '/topics/')).map((p) => p.replace('/topics/', ''));
    expect.soft([...topicSlugs].sort()).toEqual([...ARTICLE.topics].sort());

    expect.soft(await linkPaths(session.page.getByRole('main'), '/consultation'), 'consultation call to action').toContain('/consultation');
    expect.soft((await session.page.content()).includes(CRISIS_LINE.href), 'crisis-support box').toBe(true);
  });
});
