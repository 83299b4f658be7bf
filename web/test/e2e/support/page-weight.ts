// What one first visit to a page costs a reader, measured in real Chromium: the script it runs
// and the bytes it transfers. The browser's HTTP cache is emptied first, so every response counts,
// and the page is scrolled to its end so that lazily loaded images count too.
import type { BrowserContext, Page, Request } from 'playwright-core';
import { gzipBytes, inlineKind, isFrameworkPayload, type InlineScript } from './script-inventory';

export interface TransferredResponse {
  url: string;
  /** Playwright's resource type: document, stylesheet, image, script, font, fetch… */
  resourceType: string;
  /** Body bytes as they came over the wire (compressed if the server compressed). */
  encodedBytes: number;
}

export interface PageWeight {
  status: number;
  /** The document as served (decoded), for markup checks. */
  html: string;
  /** What Chromium asked for and what the server chose, for the document. */
  acceptEncoding: string;
  contentEncoding: string;
  /** Script files the page fetched, each gzipped on its own. */
  scriptFiles: { url: string; gzip: number }[];
  /** Inline scripts that execute, present in the DOM once loaded (payload left out), as text. */
  inlineScripts: string[];
  /** The same, gzip, each on its own, summed. */
  inlineScriptsGzip: number;
  /** A hydration payload (`__NUXT_DATA__`, `window.__NUXT__`) in the DOM, gzip. */
  frameworkPayloadGzip: number;
  /** Every finished response of this visit. */
  responses: TransferredResponse[];
}

export const scriptFilesGzip = (weight: PageWeight): number => weight.scriptFiles.reduce((total, file) => total + file.gzip, 0);

/** All JavaScript of the visit: files, inline scripts and the framework payload. */
export const totalScriptGzip = (weight: PageWeight): number => scriptFilesGzip(weight) + weight.inlineScriptsGzip + weight.frameworkPayloadGzip;

export function transferBytes(weight: PageWeight, options: { images: boolean }): number {
  return weight.responses.filter((r) => options.images || r.resourceType !== 'image').reduce((total, r) => total + r.encodedBytes, 0);
}

const QUIET_MS = 500;
const SETTLE_TIMEOUT_MS = 15_000;

/** Opens `url` in a new tab of `context` (which should have a phone viewport), measures, closes the tab. */
export async function measurePageWeight(context: BrowserContext, url: string): Promise<PageWeight> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    // Chromium adds Accept-Encoding below the layer Playwright reports once routing is on (the e2e
    // browser routes, to block other origins), so the headers really sent come from CDP.
    await cdp.send('Network.enable');
    const sentHeaders = new Map<string, Record<string, string>>();
    let documentRequestId: string | undefined;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.type === 'Document' && documentRequestId === undefined) documentRequestId = event.requestId;
    });
    cdp.on('Network.requestWillBeSentExtraInfo', (event) => sentHeaders.set(event.requestId, lowerCaseKeys(event.headers)));

    const pending = new Set<Request>();
    const finished: Promise<TransferredResponse & { body: Buffer | null }>[] = [];
    page.on('request', (request) => pending.add(request));
    page.on('requestfailed', (request) => pending.delete(request));
    page.on('requestfinished', (request) => {
      pending.delete(request);
      if (!/^https?:/.test(request.url())) return;
      finished.push(readFinished(request));
    });

    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response) throw new Error(`no response for ${url}`);
    await scrollThrough(page);
    await settle(pending);

    const inline = await page.$$eval('script:not([src])', (scripts) =>
      scripts.map((script) => ({ type: script.getAttribute('type') ?? '', id: script.id, text: script.textContent ?? '' })));
    const done = await Promise.all(finished);
    const inlineScripts = executableTexts(inline);
    const sent = documentRequestId === undefined ? undefined : sentHeaders.get(documentRequestId);
    await cdp.detach();
    return {
      status: response.status(),
      html: await response.text(),
      acceptEncoding: sent?.['accept-encoding'] ?? '(not seen)',
      contentEncoding: (await response.headerValue('content-encoding')) ?? 'identity',
      scriptFiles: done.filter((r) => r.resourceType === 'script' && r.body).map((r) => ({ url: r.url, gzip: gzipBytes([r.body!]) })),
      inlineScripts,
      inlineScriptsGzip: gzipBytes(inlineScripts),
      frameworkPayloadGzip: gzipBytes(inline.filter(isFrameworkPayload).map((script) => script.text)),
      responses: done.map(({ url, resourceType, encodedBytes }) => ({ url, resourceType, encodedBytes })),
    };
  } finally {
    await page.close();
  }
}

/** Executable inline scripts, leaving out the payload (counted on its own line). */
function executableTexts(scripts: InlineScript[]): string[] {
  return scripts.filter((script) => inlineKind(script) === 'executable' && !isFrameworkPayload(script)).map((script) => script.text);
}

function lowerCaseKeys(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
}

/**
 * Encoded body bytes: the Content-Length the server sent when it sent one (exact). Otherwise
 * (chunked) Chromium's count through Playwright, which subtracts the header bytes from a total
 * that, for some resource types (images), never included them: it can undercount by about the
 * size of the headers, never overcount.
 */
async function readFinished(request: Request): Promise<TransferredResponse & { body: Buffer | null }> {
  const response = await request.response();
  const declared = Number((await response?.headerValue('content-length')) ?? Number.NaN);
  const encodedBytes = Number.isInteger(declared) && declared >= 0 ? declared : (await request.sizes()).responseBodySize;
  const body = request.resourceType() === 'script' && response ? await response.body().catch(() => null) : null;
  return { url: request.url(), resourceType: request.resourceType(), encodedBytes, body };
}

/** One screen at a time, as a reader would, so that loading="lazy" images start. */
async function scrollThrough(page: Page): Promise<void> {
  const { height, step } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, step: window.innerHeight }));
  for (let y = step; y < height + step; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
}

/** Waits until no request has been in flight for QUIET_MS (Playwright's networkidle fires once, before the scroll). */
async function settle(pending: Set<Request>): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`requests still in flight after ${SETTLE_TIMEOUT_MS / 1000} s: ${[...pending].map((r) => r.url()).join(', ')}`);
}
