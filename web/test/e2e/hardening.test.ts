// What a hostile or broken world does to the web server, through the real built server:
// bodies that never end, @nuxt/content's own routes, uploads that are not images, settings that
// make no sense, a cache that cannot be written, a cms that accepts connections but never
// answers. Some checks start a second web server of their own for a few seconds (same cms).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CMS_DIR, WEB_OUTPUT } from './support/builds';
import { stackInfo } from './support/context';
import { get } from './support/http';
import { freePort } from './support/stack';

const { webUrl, cmsUrl, tokens, secrets } = stackInfo();
const MB = 1024 * 1024;

/**
 * POSTs 3 MB in chunks (no Content-Length) and never ends the body: only a server that stops
 * reading at its limit can answer. Resolves with the status; otherwise with what the client saw
 * (a connection error, or "no answer" after 20 s), so that a failure says which it was.
 * Each POST has a connection of its own (agent: false): none is reused from an earlier request.
 */
function endlessChunkedPost(path: string, headers: Record<string, string> = {}): Promise<number | string> {
  return new Promise((resolve) => {
    const started = Date.now();
    const url = new URL(path, webUrl);
    const req = request(url, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', ...headers } });
    let clientError = '';
    const timer = setTimeout(() => {
      req.destroy();
      resolve(`no answer after ${Date.now() - started} ms${clientError ? ` (the connection failed: ${clientError})` : ''}`);
    }, 20_000);
    req.on('response', (res) => {
      clearTimeout(timer);
      res.resume();
      req.destroy();
      resolve(res.statusCode ?? 0);
    });
    // The server may close while we are still writing, after its answer: wait for the answer.
    req.on('error', (error: NodeJS.ErrnoException) => {
      clientError ||= `${error.code ?? error.message} after ${Date.now() - started} ms`;
    });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (let sent = 0; sent < 3 * MB; sent += chunk.length) req.write(chunk);
  });
}

describe('request bodies are capped by the bytes actually read', () => {
  test('a never-ending chunked 3 MB body gets 413 (or 404 for @nuxt/content’s query route) without being read to the end', async () => {
    expect(await endlessChunkedPost('/__nuxt_content/legal/query'), '@nuxt/content query route').toBe(404);
    expect(await endlessChunkedPost('/api/consultation'), 'consultation form').toBe(413);
    expect(await endlessChunkedPost('/api/revalidate', { Authorization: `Bearer ${secrets.revalidate}` }), 'webhook, with its secret').toBe(413);
    expect(await endlessChunkedPost('/'), 'a page').toBe(413);
    // …and the server keeps serving.
    expect((await get(webUrl, '/')).status).toBe(200);
  });

  test('@nuxt/content’s routes are closed from outside, while the legal pages they feed still render', async () => {
    const query = await fetch(new URL('/__nuxt_content/legal/query', webUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sql: 'SELECT * FROM _content_legal' }) });
    expect(query.status).toBe(404);
    expect((await fetch(new URL('/__nuxt_content/legal/sql_dump.txt', webUrl))).status).toBe(404);
    const privacy = await get(webUrl, '/privacy');
    expect(privacy.status).toBe(200);
    expect(privacy.text).toMatch(/<h1[^>]*>[^<]*Privacy/i);
  });
});

describe('/media', () => {
  const name = `e2e-${randomBytes(6).toString('hex')}`;
  const files = {
    svg: [`${name}.svg`, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'],
    html: [`${name}.html`, '<!doctype html><script>alert(document.domain)</script>'],
    pdf: [`${name}.pdf`, '%PDF-1.4\n%%EOF\n'],
  } as const;
  // Straight into the cms's uploads folder (served at /uploads/ like any upload), whatever types
  // the media library itself accepts: the web must be safe with what is already there.
  for (const [file, body] of Object.values(files)) writeFileSync(join(CMS_DIR, 'public', 'uploads', file), body);
  afterAll(() => {
    for (const [file] of Object.values(files)) rmSync(join(CMS_DIR, 'public', 'uploads', file), { force: true });
  });

  test('SVG and HTML uploads are sandboxed downloads, never active content on the site’s origin', async () => {
    for (const [file] of [files.svg, files.html]) {
      const response = await get(webUrl, `/media/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-disposition'), file).toBe(`attachment; filename="${file}"`);
      expect(response.headers.get('content-security-policy'), file).toBe('default-src \'none\'; sandbox');
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
      expect(response.headers.get('x-robots-tag'), file).toMatch(/noindex/);
    }
  });

  test('PDFs and raster images are shown inline and not indexed on their own', async () => {
    const pdf = await get(webUrl, `/media/${files.pdf[0]}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(pdf.headers.get('content-disposition')).toBeNull();
    const image = /\/media\/[\w.-]+\.(?:jpe?g|png|webp)/.exec((await get(webUrl, '/')).text)?.[0];
    expect(image, 'the home page shows an image from /media').toBeTruthy();
    const response = await get(webUrl, image!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
  });
});

describe('responses', () => {
  test('JSON answers, errors included, are not marked for indexing', async () => {
    for (const path of ['/api/site', '/api/articles', '/api/no-such-route', '/articles/no-such-article', '/no-such-page']) {
      const robots = (await get(webUrl, path, { Accept: 'application/json' })).headers.get('x-robots-tag') ?? '';
      expect(robots, path).not.toMatch(/(^|,\s*)index/);
    }
  });

  test('error answers never echo the request address or its query', async () => {
    const marker = `secret-${randomBytes(8).toString('hex')}`;
    for (const [path, accept] of [
      [`/api/articles/no-such-article?secret=${marker}`, 'application/json'],
      [`/api/legal/NOPE?secret=${marker}`, 'application/json'],
      [`/no-such-page?secret=${marker}`, 'text/html'],
    ] as const) {
      const response = await get(webUrl, path, { Accept: accept });
      expect(response.status, path).toBe(404);
      expect(response.text.includes(marker), `${path}: the query is not echoed`).toBe(false);
      expect(response.text.includes('no-such'), `${path}: nor the address`).toBe(accept === 'text/html' ? response.text.includes('no-such') : false);
    }
  });

  test('reading pages carry a CSP with default-src, and their inline scripts stay allowed by hash', async () => {
    const csp = (await get(webUrl, '/')).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/(^|;\s*)default-src 'self'(;|$)/);
    expect(csp).toMatch(/script-src[^;]*'sha256-/);
  });
});

/** A second web server, for a few seconds, with settings of its own (same built output, same cms). */
class ExtraWeb {
  readonly output: string[] = [];
  private child: ChildProcess | undefined;
  private readonly dir = mkdtempSync(join(tmpdir(), 'tend-e2e-extra-web-'));
  url = '';

  async start(env: Record<string, string>): Promise<{ exitCode: number | null }> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, [join(WEB_OUTPUT, 'server', 'index.mjs')], {
      cwd: this.dir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        NUXT_CMS_URL: cmsUrl,
        NUXT_CMS_READ_TOKEN: tokens.read,
        NUXT_CMS_PREVIEW_TOKEN: tokens.preview,
        NUXT_CMS_ENQUIRY_TOKEN: tokens.enquiry,
        NUXT_CACHE_DIR: join(this.dir, 'cache'),
        NUXT_RECONCILE_INTERVAL_SECONDS: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout!, this.child.stderr!]) stream.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    // Listening, or exited (a refused start).
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) return { exitCode: this.child.exitCode };
      if (this.output.join('').includes('Listening on')) return { exitCode: null };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the extra web server did not start:\n${this.output.join('')}`);
  }

  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child!.once('exit', resolve));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

describe('the server’s own settings and surroundings', () => {
  const servers: ExtraWeb[] = [];
  const extraWeb = () => {
    const server = new ExtraWeb();
    servers.push(server);
    return server;
  };
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  test('refuses to start with a rate limit that is not a number, naming the setting and what it accepts', async () => {
    const server = extraWeb();
    const { exitCode } = await server.start({ NUXT_ENQUIRY_RATE_LIMIT: 'abc' });
    expect(exitCode).toBe(1);
    expect(server.output.join('')).toContain('NUXT_ENQUIRY_RATE_LIMIT must be a whole number from 1 to 10000; it is "abc".');
  });

  test('refuses to start with a preview secret shorter than 32 characters', async () => {
    const server = extraWeb();
    const { exitCode } = await server.start({ NUXT_PREVIEW_SECRET: 'too-short' });
    expect(exitCode).toBe(1);
    expect(server.output.join('')).toContain('NUXT_PREVIEW_SECRET is 9 characters long; it must be at least 32');
  });

  test('a cache that cannot be written still serves the CMS’s answer, and says so in the log', async () => {
    const server = extraWeb();
    // A file where the cache folder should be: every write fails, like a full disk.
    const blocked = join(mkdtempSync(join(tmpdir(), 'tend-e2e-blocked-')), 'cache');
    writeFileSync(blocked, 'not a folder');
    expect((await server.start({ NUXT_CACHE_DIR: blocked })).exitCode).toBeNull();
    const site = await get(server.url, '/api/site', { Accept: 'application/json' });
    expect(site.status).toBe(200);
    expect(JSON.parse(site.text)).toHaveProperty('crisis');
    expect((await get(server.url, '/about')).status).toBe(200);
    expect(server.output.join('')).toContain('[cms-cache] could not write');
    rmSync(blocked, { force: true });
  });

  test('a cms that accepts connections but never answers: /media gives up with 504 within seconds', async () => {
    const hung: Socket[] = [];
    const silent = createServer(() => undefined).on('connection', (socket) => hung.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const server = extraWeb();
    try {
      await server.start({ NUXT_CMS_URL: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
      const response = await fetch(new URL('/media/cover.jpg', server.url), { signal: AbortSignal.timeout(30_000) });
      expect(response.status).toBe(504);
    } finally {
      for (const socket of hung) socket.destroy();
      silent.close();
    }
  });
});
