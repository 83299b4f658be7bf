import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';

let cms: BootedCms;
let admin: [string, string];

beforeAll(async () => {
  cms = await bootCms();
  admin = await adminSession(cms);
});

afterAll(async () => {
  await cms?.stop();
});

describe('anonymous callers cannot tell which content-API routes exist', () => {
  // Each spelling reaches (or could reach, through some proxy) a route under /api.
  const VARIANTS = [
    '/API/articles',
    '/Api/Articles',
    '//api/articles',
    '/api//articles',
    '/./api/articles',
    '/x/../api/articles',
    '/api%2Farticles',
    '/api%252Farticles',
    '/%61pi/articles',
    '/api./articles',
    '/api;x/articles',
    '/API',
    '/api',
  ];

  it.each(VARIANTS)('%s gets the same 403 as /api/articles', async (variant) => {
    const missing = /articles$/i.test(variant) ? variant.replace(/articles$/i, 'nothing-here') : `${variant}/nothing-here`;
    for (const route of [variant, missing]) {
      const response = await cms.http.get(route);
      expect({ route, status: response.status }).toEqual({ route, status: 403 });
      expect(response.body.error.message).toBe('The content API is not public: send the API token of the website server.');
    }
  });
});

describe('responses give nothing away and invite no cross-origin use', () => {
  it('no X-Powered-By on the content API, the dashboard API or the health check', async () => {
    for (const route of ['/api/articles', '/admin/init', '/_health']) {
      const response = await cms.http.get(route);
      expect({ route, poweredBy: response.headers['x-powered-by'] }).toEqual({ route, poweredBy: undefined });
    }
  });

  it('no Access-Control-Allow-Origin, with or without an Origin', async () => {
    const plain = await cms.http.get('/_health');
    const foreign = await cms.http.get('/_health').set('Origin', 'https://elsewhere.example');
    const local = await cms.http.get('/admin/init').set('Origin', 'http://localhost:3000');
    for (const response of [plain, foreign, local]) {
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  // The cms's own address was the origin CORS used to allow (CORS_ORIGINS defaulted to PUBLIC_URL).
  it.each(['https://elsewhere.example', 'http://localhost:1337'])('a CORS preflight from %s is not granted', async (origin) => {
    const response = await cms.http
      .options('/api/articles')
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-methods']).toBeUndefined();
  });
});

describe('remote data transfer', () => {
  it('is switched off: no transfer tokens, no transfer endpoint', async () => {
    expect((await cms.http.get('/admin/transfer/tokens').set(...admin)).status).toBe(404);
    expect((await cms.http.get('/admin/transfer/runner/connect')).status).toBe(404);
  });
});

describe('the media library', () => {
  const PNG_1x1 = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const SVG = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>',
  );
  const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');

  const upload = (file: Buffer, filename: string, contentType: string) =>
    cms.http.post('/upload').set(...admin).attach('files', file, { filename, contentType });

  it.each([
    ['photo.png', PNG_1x1, 'image/png'],
    ['leaflet.pdf', PDF, 'application/pdf'],
  ])('accepts %s', async (filename, file, contentType) => {
    const response = await upload(file, filename, contentType);
    expect(response.status).toBe(201);
    expect(response.body[0].mime).toBe(contentType);
  });

  it.each([
    ['drawing.svg', SVG, 'image/svg+xml'],
    ['page.html', HTML, 'text/html'],
    ['page.htm', HTML, 'application/octet-stream'],
  ])('refuses %s with a message the dashboard shows', async (filename, file, contentType) => {
    const before = await cms.strapi.db.query('plugin::upload.file').count();
    const response = await upload(file, filename, contentType);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'This file cannot be uploaded: the Media Library takes photos (JPEG, PNG, WebP, AVIF or GIF) and PDF files only.',
    );
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(before);
  });
});
