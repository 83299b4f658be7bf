// When the CMS is down, readers still get every page the site has already served, and a calm
// 503 (Retry-After, crisis line, no stack trace) for the rest; when it is back, so is the site.
// This file starts a stack of its own: which pages are cached must depend on this file alone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failureLog } from './support/context';
import { get, stackTraceLeaks } from './support/http';
import { bodyFragment, CRISIS_LINE, PUBLISHED } from './support/seed';
import { Stack } from './support/stack';

const VISITED = PUBLISHED[1]!;
const NEVER_VISITED = PUBLISHED[4]!;

describe('the CMS goes down', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start();
    failureLog.file = stack.logFile;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  test('a page served before stays up, a page never served is a calm 503, and the site recovers', async () => {
    const first = await get(stack.webUrl, `/articles/${VISITED.slug}`);
    expect(first.status).toBe(200);
    const snippet = bodyFragment(VISITED);
    expect(first.text.includes(snippet), `the article shows "${snippet}"`).toBe(true);

    await stack.stopCms();

    const cached = await get(stack.webUrl, `/articles/${VISITED.slug}`);
    expect(cached.status, 'the visited article still answers').toBe(200);
    expect(cached.text.includes(VISITED.title), 'cached page has the title').toBe(true);
    expect(cached.text.includes(snippet), 'cached page has the body').toBe(true);

    const missing = await get(stack.webUrl, `/articles/${NEVER_VISITED.slug}`);
    expect(missing.status, 'a never-visited article').toBe(503);
    // Independent checks: report every one that fails, not only the first.
    expect.soft(missing.headers.get('retry-after') ?? '(none)', 'Retry-After header').toMatch(/^\d+$|GMT$/);
    expect.soft(missing.text.includes(CRISIS_LINE.number), `the 503 page shows the crisis line (${CRISIS_LINE.number})`).toBe(true);
    expect.soft(/<h1[\s>]/.test(missing.text), 'the 503 page is server-rendered (has an h1)').toBe(true);
    expect.soft(stackTraceLeaks(missing.text)).toEqual([]);
    expect.soft(missing.text.includes(stack.cmsUrl), 'the 503 page names the CMS').toBe(false);
    // Errors are never cached: asking again while down is still a 503, not a cached 200 or 404.
    expect((await get(stack.webUrl, `/articles/${NEVER_VISITED.slug}`)).status).toBe(503);

    await stack.startCms();

    await expect
      .poll(async () => (await get(stack.webUrl, `/articles/${NEVER_VISITED.slug}`)).status, { timeout: 30_000, interval: 500 })
      .toBe(200);
    const recovered = await get(stack.webUrl, `/articles/${NEVER_VISITED.slug}`);
    expect(recovered.text.includes(NEVER_VISITED.title), 'the recovered page has its title').toBe(true);
  });
});
