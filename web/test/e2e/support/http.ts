// Plain HTTP against the web server (no browser): status codes, headers and raw HTML.
import { REPO_DIR } from './builds';

export interface Fetched {
  status: number;
  headers: Headers;
  text: string;
  url: string;
}

/** What a browser sends on navigation; Nuxt answers errors as JSON to anything else. */
export const BROWSER_HEADERS = {
  'Accept': 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'Accept-Language': 'en-GB,en;q=0.9',
  'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
};

/** GET as a browser would (override or drop headers with `headers`), without following redirects. */
export async function get(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const url = new URL(path, baseUrl).toString();
  const response = await fetch(url, { headers: { ...BROWSER_HEADERS, ...headers }, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  return { status: response.status, headers: response.headers, text: await response.text(), url };
}

/** Signs of a stack trace or server file paths in a response body: the server's insides. */
export function stackTraceLeaks(body: string): string[] {
  const leaks: string[] = [];
  // "    at render (/srv/app/chunk.mjs:12:34)", "at /x.js:1:2", also inside JSON strings ("\n    at …").
  const frame = /(?:^|\n|\\n|>)\s*at\s+[^\n<]*?:\d+:\d+\)?/.exec(body);
  if (frame) leaks.push(`stack frame: ${frame[0].trim()}`);
  for (const marker of [REPO_DIR, '/node_modules/', 'file://', '.output/server', 'node:internal']) {
    if (body.includes(marker)) leaks.push(`file path: ${marker}`);
  }
  return leaks;
}

/** Origin-relative URL path of each anchor's href in the HTML (cheap, for HTML-only checks). */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
