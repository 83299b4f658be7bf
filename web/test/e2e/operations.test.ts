// Operations on the shared stack: /healthz (what the proxy and the person on call read) and the
// production request log (one JSON line per request, matched to a reader's report by the
// X-Request-Id header). Neither may show the CMS address, a token, a secret or personal data.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formFields, postFrom, uniqueReader } from './support/consultation';
import { stackInfo } from './support/context';
import { startWeb, stopWeb } from './support/control';
import { get } from './support/http';

const info = stackInfo();
const { webUrl, cmsUrl, tokens, secrets } = info;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface RequestLine {
  time: string;
  level: string;
  msg: string;
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
}

/** The web's JSON request lines in the stack's log (each prefixed "[web] " by the harness). */
function requestLines(): RequestLine[] {
  return readFileSync(info.logFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('[web] {') && line.includes('"msg":"request"'))
    .map((line) => JSON.parse(line.slice('[web] '.length)) as RequestLine);
}

/** The line is written just after the response has gone out: wait a moment for it. */
async function lineFor(requestId: string): Promise<RequestLine> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const line = requestLines().find((entry) => entry.requestId === requestId);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no request log line for ${requestId}`);
}

const secretsOf = () => [cmsUrl, new URL(cmsUrl).host, tokens.read, tokens.preview, tokens.enquiry, secrets.preview, secrets.revalidate];

describe('/healthz', () => {
  afterAll(async () => {
    // Leave the shared web as the other files expect it, whatever happened here.
    await stopWeb(info);
    await startWeb(info);
  });

  test('ready: 200 with the CMS, the disk cache, an empty outbox and the build, never cached, nothing secret', async () => {
    const response = await get(webUrl, '/healthz', { Accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(response.text)).toEqual({
      status: 'ready',
      version: { tend: expect.stringMatching(/^\d+\.\d+\.\d+/), build: expect.stringMatching(/^[\w-]{6,}$/) },
      checks: { cms: { ok: true }, cache: { backend: 'disk', ok: true }, outbox: { ok: true, waiting: 0, stuck: 0 } },
    });
    for (const secret of secretsOf()) expect(response.text.includes(secret), 'no CMS address, token or secret').toBe(false);
  });

  test('not ready: 503 when this server could not keep a consultation request (its outbox folder is unusable)', async () => {
    const blocker = join(info.runDir, 'outbox-is-a-file');
    writeFileSync(blocker, 'not a folder');
    await stopWeb(info);
    await startWeb(info, { NUXT_OUTBOX_DIR: join(blocker, 'outbox') });
    const response = await get(webUrl, '/healthz', { Accept: 'application/json' });
    expect(response.status).toBe(503);
    expect(JSON.parse(response.text)).toMatchObject({ status: 'not-ready', checks: { outbox: { ok: false }, cms: { ok: true } } });
    // Readers still get pages: only the proxy's choice of server changes.
    expect((await get(webUrl, '/about')).status).toBe(200);
  });
});

describe('request log and X-Request-Id', () => {
  test('each response has its own id, and one JSON line with method, path without query, status and duration', async () => {
    const first = await get(webUrl, `/articles?page=1&secret=${secrets.preview}`);
    const second = await get(webUrl, '/articles?page=1');
    const ids = [first, second].map((response) => response.headers.get('x-request-id') ?? '');
    for (const id of ids) expect(id).toMatch(UUID);
    expect(ids[0]).not.toBe(ids[1]);

    const line = await lineFor(ids[0]!);
    expect(line).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: 'info',
      msg: 'request',
      requestId: ids[0],
      method: 'GET',
      path: '/articles',
      status: first.status,
      durationMs: expect.any(Number),
    });
    expect(JSON.stringify(await lineFor(ids[1]!))).not.toContain('secret');
  });

  test('a page served from the page cache gets a new id, not the one stored with it', async () => {
    const rendered = await get(webUrl, '/topics');
    const cached = await get(webUrl, '/topics');
    expect(cached.headers.get('x-tend-page-cache')).toBe('hit');
    expect(cached.headers.get('x-request-id')).toMatch(UUID);
    expect(cached.headers.get('x-request-id')).not.toBe(rendered.headers.get('x-request-id'));
  });

  test('an id sent by a client is not trusted without a proxy in front', async () => {
    const response = await get(webUrl, '/about', { 'X-Request-Id': 'forged-request-id-123' });
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });

  test('a consultation request\'s line holds no personal data', async () => {
    const reader = uniqueReader('request-log');
    const reply = await postFrom(webUrl, '/api/consultation', JSON.stringify(formFields(reader)), 'application/json', '127.0.0.41');
    expect(reply.status).toBe(201);
    const id = String(reply.headers['x-request-id']);
    const line = await lineFor(id);
    expect(line).toMatchObject({ method: 'POST', path: '/api/consultation', status: 201 });
    const log = requestLines().map((entry) => JSON.stringify(entry)).join('\n');
    for (const personal of [reader.name, reader.email, reader.phone, reader.message]) expect(log.includes(personal)).toBe(false);
  });
});
