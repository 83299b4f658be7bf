// Deliveries to the web's revalidation endpoint, as Strapi's webhook runner makes them.
//
// The endpoint is rate limited per client address, and the cms delivers from 127.0.0.1. Calls
// made by tests come from other loopback addresses (all of 127.0.0.0/8 is loopback on Linux), so
// that a test's burst never uses up the cms's allowance and silently drops a real delivery.
import { request } from 'node:http';
import { get } from './http';

/** The address the tests' own deliveries come from; the flood test uses another one. */
export const TEST_CLIENT_ADDRESS = '127.0.0.3';

export interface Delivery {
  status: number;
  text: string;
  json: unknown;
}

export interface DeliveryOptions {
  /** The bearer secret; null sends no Authorization header. */
  secret: string | null;
  /** Raw Authorization header, instead of `Bearer <secret>`. */
  authorization?: string;
  body?: unknown;
  /** A raw body (sent as is, with content-type application/json). */
  rawBody?: string;
  /** The loopback address the request comes from. */
  from?: string;
  headers?: Record<string, string>;
}

export function deliver(webUrl: string, options: DeliveryOptions): Promise<Delivery> {
  const url = new URL('/api/revalidate', webUrl);
  const payload = options.rawBody ?? JSON.stringify(options.body ?? {});
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
    'user-agent': 'tend-e2e-webhook',
    ...options.headers,
  };
  const authorization = options.authorization ?? (options.secret === null ? undefined : `Bearer ${options.secret}`);
  if (authorization !== undefined) headers.authorization = authorization;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers, localAddress: options.from ?? TEST_CLIENT_ADDRESS, timeout: 20_000 },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('webhook delivery timed out')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** What Strapi sends after a change to an article (event name, model, and the entry as saved). */
export function strapiPayload(event: string, entry: Record<string, unknown> | null): Record<string, unknown> {
  return { event, createdAt: new Date().toISOString(), model: 'article', uid: 'api::article.article', entry };
}

/** Tells the web about a change as the cms would, and expects it to be taken (setup, not the test). */
export async function announce(webUrl: string, secret: string, event: string, slug: string): Promise<void> {
  const reply = await deliver(webUrl, { secret, body: strapiPayload(event, { slug }) });
  if (reply.status !== 200) throw new Error(`revalidation for ${slug} → ${reply.status}: ${reply.text.slice(0, 300)}`);
}

/**
 * Polls `probe` until `done(value)`; returns how long that took, or throws with the last value.
 * (A plain loop rather than expect.poll, so that hooks can use it too.)
 */
export async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, message: string): Promise<number> {
  const started = Date.now();
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (done(last)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) break;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const shown = typeof last === 'string' ? `${last.length} characters of body` : JSON.stringify(last);
  throw new Error(`${message} — not within ${timeoutMs / 1000} s (last: ${shown})`);
}

/** Waits until the page answers `status`, and returns how long that took. */
export function waitForStatus(webUrl: string, path: string, status: number, timeoutMs: number): Promise<number> {
  return pollUntil(async () => (await get(webUrl, path)).status, (s) => s === status, timeoutMs, `${path} should answer ${status}`);
}

/** Waits until `check(body)` holds for the page. */
export function waitForBody(webUrl: string, path: string, check: (body: string) => boolean, timeoutMs: number, message: string): Promise<number> {
  return pollUntil(async () => (await get(webUrl, path)).text, check, timeoutMs, message);
}

/** `href="/articles/<slug>"` (lists) or the absolute URL (sitemap, feed) — the article is linked. */
export function linksTo(body: string, slug: string): boolean {
  return body.includes(`/articles/${slug}"`) || body.includes(`/articles/${slug}<`) || body.includes(`/articles/${slug}'`);
}
