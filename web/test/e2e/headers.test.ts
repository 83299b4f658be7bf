// Odd but legitimate clients (curl, bots, old proxies) get the pages too: no 4xx/5xx because a
// header is missing or unusual.
import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { stackInfo } from './support/context';
import { stackTraceLeaks } from './support/http';
import { PAGE_TYPES } from './support/pages';

const { webUrl } = stackInfo();

/** node:http sends only the headers given here (plus Host), unlike fetch, which adds its own. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, webUrl), { method: 'GET', headers, timeout: 30_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout on ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

const CLIENTS: Record<string, Record<string, string>> = {
  'curl (User-Agent curl/8, Accept */*, no Accept-Language)': { 'User-Agent': 'curl/8.5.0', 'Accept': '*/*' },
  'no headers at all': {},
  'a malformed Accept-Language': { 'Accept-Language': 'xx-INVALID;q=abc,,;', 'Accept': 'text/html' },
  'an old-style Accept': { 'Accept': 'text/html;level=1, */*;q=0.1', 'User-Agent': 'Mozilla/4.0 (compatible; MSIE 6.0)' },
};

const PAGES = PAGE_TYPES.filter((p) => p.status === 200).map((p) => p.path);

describe('unusual request headers', () => {
  for (const [client, headers] of Object.entries(CLIENTS)) {
    test(`${client}: every page type answers 200 with HTML`, async () => {
      for (const path of PAGES) {
        const { status, body } = await rawGet(path, headers);
        expect(status, `${path} for ${client}`).toBe(200);
        expect(body, path).toMatch(/<h1[\s>]/);
        expect(stackTraceLeaks(body), path).toEqual([]);
      }
    });
  }

  test('HEAD on a page is not a server error', async () => {
    const res = await fetch(new URL('/', webUrl), { method: 'HEAD' });
    expect(res.status).toBeLessThan(500);
  });
});
