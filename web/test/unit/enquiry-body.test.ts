// The body limit against real sockets: a declared Content-Length over 16 kB is refused before
// reading, and so is a chunked body that turns out too long.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientKey, ENQUIRY_BODY_LIMIT, parseEnquiryBody, readLimitedBody } from '../../server/consultation/enquiry-body';

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readLimitedBody(req, ENQUIRY_BODY_LIMIT);
    res.writeHead(body === null ? 413 : 200, body === null ? { Connection: 'close' } : {});
    res.end(body === null ? 'too large' : `${body.length}:${clientKey(req, req.headers['x-trust'] === '1')}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function post(body: string, headers: Record<string, string> = {}, chunked = false): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: chunked ? headers : { ...headers, 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    if (chunked) {
      // Several writes: the size is only known while reading.
      for (let i = 0; i < body.length; i += 4096) req.write(body.slice(i, i + 4096));
    } else {
      req.write(body);
    }
    req.end();
  });
}

describe('reading a consultation request body', () => {
  it('reads a body up to 16 kB', async () => {
    expect(await post('x'.repeat(ENQUIRY_BODY_LIMIT))).toEqual({ status: 200, text: `${ENQUIRY_BODY_LIMIT}:127.0.0.1` });
  });

  it('refuses a declared Content-Length over 16 kB (20 kB)', async () => {
    expect((await post('x'.repeat(20 * 1024))).status).toBe(413);
  });

  it('refuses a chunked body once it passes 16 kB', async () => {
    expect((await post('x'.repeat(20 * 1024), {}, true)).status).toBe(413);
  });

  it('counts bytes, not characters', async () => {
    expect((await post('é'.repeat(ENQUIRY_BODY_LIMIT / 2 + 1))).status).toBe(413);
  });
});

describe('parsing a consultation request body', () => {
  it('reads a form post', () => {
    expect(parseEnquiryBody('name=Sam+Reader&email=sam%40example.org&consent=yes', 'application/x-www-form-urlencoded; charset=UTF-8')).toEqual({
      name: 'Sam Reader',
      email: 'sam@example.org',
      consent: 'yes',
    });
  });

  it('reads JSON objects; anything else JSON becomes an empty form', () => {
    expect(parseEnquiryBody('{"name":"Sam"}', 'application/json')).toEqual({ name: 'Sam' });
    expect(parseEnquiryBody('[1,2]', 'application/json')).toEqual({});
    expect(parseEnquiryBody('{broken', 'application/json')).toEqual({});
  });

  it('refuses other kinds of body', () => {
    expect(parseEnquiryBody('name=Sam', 'text/plain')).toBeNull();
    expect(parseEnquiryBody('name=Sam', undefined)).toBeNull();
  });
});

describe('who the client is, for the rate limit', () => {
  const req = (remoteAddress: string, forwarded?: string) =>
    ({ socket: { remoteAddress } as Socket, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as Parameters<typeof clientKey>[0];

  it('is the socket address unless the server sits behind a trusted proxy', () => {
    expect(clientKey(req('::ffff:192.0.2.1', '198.51.100.9'), false)).toBe('192.0.2.1');
    expect(clientKey(req('10.0.0.2', '6.6.6.6, 198.51.100.9'), true)).toBe('198.51.100.9');
    expect(clientKey(req('10.0.0.2'), true)).toBe('10.0.0.2');
  });

  it('counts an IPv6 client by its /64 network', () => {
    expect(clientKey(req('2001:db8:1:2:aaaa::1'), false)).toBe('2001:db8:1:2::/64');
    expect(clientKey(req('2001:db8:1:2:bbbb:cccc:dddd:eeee'), false)).toBe('2001:db8:1:2::/64');
    expect(clientKey(req('2001:db8::1'), false)).toBe('2001:db8:0:0::/64');
  });
});
