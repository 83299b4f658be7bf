// Debian's Chromium driven by playwright-core (never a downloaded browser), one throwaway
// profile per launch. Every launch records its requests and Set-Cookie headers, so a test can
// prove that a reader's browser talked to the site's own origin only and kept no cookies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

// The flags live in one place (scripts/browser.mjs, also used by the screenshot scripts).
import { CHROMIUM_ARGS } from '../../../../scripts/browser.mjs';

export { CHROMIUM_ARGS };

export const VIEWPORTS = {
  mobile: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;
export type ColorScheme = 'light' | 'dark';

export interface LaunchOptions {
  /** false = a reader with JavaScript switched off (the site must still work). */
  javaScript?: boolean;
  viewport?: ViewportName;
  colorScheme?: ColorScheme;
}

export interface RecordedRequest {
  url: string;
  /** The page the request came from, for readable failures. */
  from: string;
}

export interface Browser {
  context: BrowserContext;
  /** Every request any page of this context made (including the ones blocked as foreign). */
  requests: RecordedRequest[];
  /** `Set-Cookie` headers seen on any response. */
  setCookies: string[];
  /** Uncaught errors thrown by the site's own scripts (hydration crashes and the like). */
  pageErrors: string[];
  newPage(): Promise<Page>;
  /** Throws, listing them, if any request went to an origin other than the web's. */
  assertOwnOriginOnly(): void;
  /** Throws if the browser holds any cookie. */
  assertNoCookies(): Promise<void>;
  close(): Promise<void>;
}

const IGNORED_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export async function launch(webUrl: string, options: LaunchOptions = {}): Promise<Browser> {
  const origin = new URL(webUrl).origin;
  const profile = mkdtempSync(join(tmpdir(), 'tend-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: VIEWPORTS[options.viewport ?? 'desktop'],
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);

  const requests: RecordedRequest[] = [];
  const setCookies: string[] = [];
  const pageErrors: string[] = [];
  context.on('weberror', (webError) => pageErrors.push(`${webError.page()?.url() ?? '?'}: ${webError.error().message}`));
  const isForeign = (url: string | URL) => {
    const parsed = new URL(url);
    return !IGNORED_SCHEMES.has(parsed.protocol) && parsed.origin !== origin;
  };
  context.on('request', (request) => {
    let from = '(no frame)';
    try {
      from = request.frame().url();
    } catch {
      // service-worker requests have no frame
    }
    requests.push({ url: request.url(), from });
  });
  context.on('response', async (response) => {
    const value = await response.headerValue('set-cookie').catch(() => null);
    if (value) setCookies.push(`${response.url()}: ${value}`);
  });
  // Foreign requests are recorded above and then refused, so a leak fails fast instead of hanging.
  await context.route(isForeign, (route) => route.abort('blockedbyclient'));

  return {
    context,
    requests,
    setCookies,
    pageErrors,
    newPage: () => context.newPage(),
    assertOwnOriginOnly() {
      const foreign = requests.filter(({ url }) => isForeign(url));
      if (foreign.length > 0) {
        const list = foreign.map(({ url, from }) => `  - ${url} (from ${from})`).join('\n');
        throw new Error(`${foreign.length} request(s) left the site's origin ${origin}:\n${list}`);
      }
    },
    async assertNoCookies() {
      const cookies = await context.cookies();
      if (cookies.length > 0 || setCookies.length > 0) {
        const list = [...cookies.map((c) => `  - cookie ${c.name} (${c.domain}${c.path})`), ...setCookies.map((h) => `  - Set-Cookie ${h}`)];
        throw new Error(`Readers must get no cookies, found:\n${list.join('\n')}`);
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Navigates and returns the main response (throws when there is none, e.g. same-page hash). */
export async function visit(page: Page, url: string): Promise<Response> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response) throw new Error(`No response for ${url}`);
  return response;
}

/** The visible text of the first h1, trimmed. */
export async function h1Text(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).first().innerText()).trim();
}

export interface BrowserPage {
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * One browser with one open page for the tests of the enclosing describe block (or file):
 * launched before them and closed after them. Read `.page` and `.browser` inside the tests.
 */
export function useBrowserPage(webUrl: string, options: LaunchOptions = {}): BrowserPage {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launch(webUrl, options);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBrowserPage: the browser opens in beforeAll; use it inside a test');
    return value;
  };
  return {
    get browser() {
      return opened(browser);
    },
    get page() {
      return opened(page);
    },
  };
}
