// The body cap against a real socket: a chunked body (no Content-Length to trust) stops being
// read as soon as it passes the limit, even when it never ends.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimitFor, readBodyUpTo } from '../../server/utils/request-body-limit';

let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBodyUpTo(req, 64 * 1024);
    res.writeHead(body === null ? 413 : 200, { Connection: 'close' });
    res.end(body === null ? 'too large' : String(body.length));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `bytes` in 16 kB chunks without Content-Length; `end` false leaves the body open forever. */
function post(bytes: number, end: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', (error) => (error.message.includes('socket hang up') || error.message.includes('EPIPE') ? undefined : reject(error)));
    for (let sent = 0; sent < bytes; sent += 16 * 1024) req.write(Buffer.alloc(16 * 1024, 'a'));
    if (end) req.end();
  });
}

describe('request bodies read up to a limit', () => {
  it('a chunked body within the limit is read whole', async () => {
    expect(await post(48 * 1024, true)).toEqual({ status: 200, body: String(48 * 1024) });
  });

  it('a chunked body that never ends is refused once it passes the limit', async () => {
    expect((await post(3 * 1024 * 1024, false)).status).toBe(413);
  });

  it('limits by route: the webhook may send a long article, the form reads its own body', () => {
    expect(bodyLimitFor('POST', '/api/revalidate')).toBe(1024 * 1024);
    expect(bodyLimitFor('POST', '/api/consultation')).toBeNull();
    expect(bodyLimitFor('POST', '/consultation/')).toBeNull();
    expect(bodyLimitFor('POST', '/__nuxt_content/legal/query')).toBe(64 * 1024);
    expect(bodyLimitFor('GET', '/')).toBe(64 * 1024);
  });
});
