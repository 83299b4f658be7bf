// Scheduling through the dashboard's API (what the "Schedule" panel sends): an article set to
// publish a few seconds ahead appears on the real website on its own, and one set to unpublish
// leaves it. The stack looks for due changes every 2 s (support/stack.ts); production every 20 s.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin, ARTICLE_UID, type AdminDocument, deleteArticlesEverywhere, paragraph, uniqueSlug } from './support/admin';
import { stackInfo } from './support/context';
import { get } from './support/http';
import { linksTo, waitForBody, waitForStatus } from './support/webhook';

const info = stackInfo();
const { webUrl } = info;
const slug = uniqueSlug('scheduled');
const path = `/articles/${slug}`;
/** Scheduler interval (2 s) + publish + webhook, with room for a busy machine; production promises 60 s. */
const LIVE_AFTER_TIME_MS = 15_000;

interface ScheduledChange {
  id: string;
  action: 'publish' | 'unpublish';
  runAt: string;
  state: string;
}

describe('a scheduled publish and unpublish reach the website on their own', () => {
  let admin: Admin;
  let article: AdminDocument;

  beforeAll(async () => {
    admin = await Admin.signIn(info);
    article = await admin.createDraft({
      title: `Written on Sunday, out on Tuesday ${slug.slice(-6)}`,
      slug,
      excerpt: 'An article published by the scheduler in the end-to-end tests.',
      body: [paragraph('Nobody pressed Publish on this one.')],
      featured: false,
    });
  });

  afterAll(async () => {
    if (article) await deleteArticlesEverywhere(admin, info, [article]);
  });

  const schedule = (action: 'publish' | 'unpublish', secondsAhead: number) =>
    admin.expectOk<{ data: ScheduledChange }>('POST', '/tend/schedules', {
      targetType: ARTICLE_UID,
      documentId: article.documentId,
      action,
      runAt: new Date(Date.now() + secondsAhead * 1000).toISOString(),
    });

  test('publish at a time: not live before it, live and listed after it, without anyone pressing Publish', async () => {
    const { data } = await schedule('publish', 6);
    expect(data).toMatchObject({ action: 'publish', state: 'pending' });
    expect((await get(webUrl, path)).status, 'not live before its time').toBe(404);

    const due = new Date(data.runAt).getTime();
    await waitForStatus(webUrl, path, 200, due - Date.now() + LIVE_AFTER_TIME_MS);
    await waitForBody(webUrl, '/articles', (body) => linksTo(body, slug), 5_000, 'the scheduled article is listed on /articles');
    const done = await admin.expectOk<{ data: ScheduledChange[] }>('GET', `/tend/schedules?targetType=${ARTICLE_UID}&documentId=${article.documentId}`);
    expect(done.data, 'a change that ran is no longer listed as scheduled').toEqual([]);
  });

  test('unpublish at a time: the article leaves the website after it', async () => {
    const { data } = await schedule('unpublish', 4);
    await waitForStatus(webUrl, path, 404, new Date(data.runAt).getTime() - Date.now() + LIVE_AFTER_TIME_MS);
    await waitForBody(webUrl, '/articles', (body) => !linksTo(body, slug), 5_000, 'the unpublished article leaves /articles');
  });
});
