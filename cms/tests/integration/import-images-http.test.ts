// Pictures of an old WordPress site fetched from their addresses, as they would be from a site
// still online: a real HTTP server on loopback (node:http) serves real image bytes to a small
// export written here. Also the other way in: a copy of the old site's uploads folder.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ImportReport } from '../../src/import/report/report-types';
import type { ImportOptions, ImportSource } from '../../src/import/import-service';
import { bootCms, type BootedCms } from './support/boot-strapi';
import { distModule } from './support/dist-module';

interface Service {
  run(source: ImportSource, options?: ImportOptions): Promise<ImportReport>;
}
const { importService } = distModule<{ importService: (strapi: Core.Strapi) => Service }>('import/import-service');

const ARTICLE = 'api::article.article';

let cms: BootedCms;
let server: http.Server;
let origin: string;
let refusedOrigin: string;
const hits = new Map<string, number>();
const served = new Map<string, { type: string; body: Buffer }>();

/** A port nothing listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const picture = (colour: string, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> => sharp({ create: { width: 40, height: 30, channels: 3, background: colour } })[format]().toBuffer();

beforeAll(async () => {
  const lake = await picture('#3b6e8f');
  served.set('/wp-content/uploads/2020/01/lake.jpg', { type: 'image/jpeg', body: lake });
  // The same bytes at a second address (WordPress keeps copies under other names).
  served.set('/wp-content/uploads/2020/01/lake-copy.jpg', { type: 'image/jpeg', body: lake });
  served.set('/wp-content/uploads/2020/01/page.jpg', { type: 'text/html; charset=utf-8', body: Buffer.from('<!doctype html><title>Not found</title><p>Sorry</p>') });
  served.set('/wp-content/uploads/2019/07/garden.png', { type: 'image/png', body: await picture('#a0c080', 'png') });
  served.set('/wp-content/uploads/2019/07/path.png', { type: 'image/png', body: await picture('#806040', 'png') });
  server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const file = served.get(url);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  refusedOrigin = `http://127.0.0.1:${await closedPort()}`;
  cms = await bootCms();
});

afterAll(async () => {
  await cms?.stop();
  await new Promise((resolve) => server?.close(resolve));
});

function item(id: number, slug: string, title: string, content: string, extra = ''): string {
  return `<item><title>${title}</title><link>https://old.example/${slug}/</link><dc:creator>therapist</dc:creator><guid>https://old.example/?p=${id}</guid>
<content:encoded><![CDATA[${content}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>2020-01-15 10:00:00</wp:post_date><wp:post_date_gmt>2020-01-15 10:00:00</wp:post_date_gmt><wp:post_name>${slug}</wp:post_name><wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password>${extra}</item>`;
}

function attachment(id: number, url: string, alt: string, caption: string): string {
  return `<item><title>attachment ${id}</title><link>https://old.example/?attachment_id=${id}</link><guid>${url}</guid>
<content:encoded><![CDATA[]]></content:encoded><excerpt:encoded><![CDATA[${caption}]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>2020-01-15 10:00:00</wp:post_date><wp:post_date_gmt>2020-01-15 10:00:00</wp:post_date_gmt><wp:post_name>attachment-${id}</wp:post_name><wp:status>inherit</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>attachment</wp:post_type><wp:post_password></wp:post_password><wp:attachment_url>${url}</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[${alt}]]></wp:meta_value></wp:postmeta></item>`;
}

const wxr = (items: string[]): Buffer =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
<channel><title>Old practice blog</title><link>https://old.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://old.example</wp:base_blog_url>
${items.join('\n')}
</channel></rss>`);

interface ImageNode {
  type: 'image';
  image: { id?: number; name: string; alternativeText: string; caption: string | null };
}

async function publishedRow(slug: string): Promise<{ body: Array<{ type: string }>; cover: { alternativeText: string; name: string } | null }> {
  return cms.strapi.db.query(ARTICLE).findOne({ where: { slug, publishedAt: { $notNull: true } }, populate: { cover: true } });
}

const importedFiles = (): Promise<Array<{ name: string; alternativeText: string }>> => cms.strapi.db.query('plugin::upload.file').findMany({ where: { name: { $startsWith: 'imported-' } } });

describe('pictures fetched from the old site over HTTP', () => {
  let report: ImportReport;

  beforeAll(async () => {
    const lake = `${origin}/wp-content/uploads/2020/01/lake.jpg`;
    const exportFile = wxr([
      attachment(100, lake, 'A lake at dawn', 'Lake in the morning'),
      item(
        10,
        'by-the-lake',
        'By the lake',
        `<p>Some calm first.</p>[caption id="attachment_100" align="alignnone" width="40"]<img src="${lake}" alt="A lake at dawn" width="40" height="30" /> Lake in the morning[/caption]
<p>Then a picture the old site lost:</p><img src="${origin}/wp-content/uploads/2020/01/gone.jpg" alt="Gone" />
<p>And one on a server that is off:</p><img src="${refusedOrigin}/wp-content/uploads/2020/01/off.jpg" alt="Off" />`,
        '<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value><![CDATA[100]]></wp:meta_value></wp:postmeta>',
      ),
      item(
        11,
        'the-lake-again',
        'The lake again',
        `<p>The same picture in a second post.</p><img src="${lake}" alt="The same lake" />
<p>A copy under another name:</p><img src="${origin}/wp-content/uploads/2020/01/lake-copy.jpg" alt="A copy of the lake" />
<p>An address that answers with a web page:</p><img src="${origin}/wp-content/uploads/2020/01/page.jpg" alt="Not a picture" />`,
      ),
    ]);
    report = await importService(cms.strapi).run({ kind: 'wordpress', bytes: exportFile }, { fetchTimeoutMs: 5_000 });
  }, 180_000);

  it('imports every post, fetching each address once and storing the same picture once', () => {
    expect(report.run?.articles.map((a) => [a.slug, a.result])).toEqual([
      ['by-the-lake', 'created'],
      ['the-lake-again', 'created'],
    ]);
    expect(hits.get('/wp-content/uploads/2020/01/lake.jpg')).toBe(1);
    expect(hits.get('/wp-content/uploads/2020/01/lake-copy.jpg')).toBe(1);
    // lake.jpg uploaded; lake-copy.jpg has the same bytes, so it is the same Media Library file.
    expect(report.run).toMatchObject({ imagesUploaded: 1, imagesReused: 1 });
  });

  it('has one Media Library file for the picture, used as the cover and in both posts, with the alternative text and caption kept', async () => {
    const files = await importedFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ alternativeText: 'A lake at dawn' });
    const first = await publishedRow('by-the-lake');
    expect(first.cover).toMatchObject({ name: files[0]!.name, alternativeText: 'A lake at dawn' });
    const firstImages = first.body.filter((b): b is ImageNode => b.type === 'image');
    expect(firstImages.map((b) => [b.image.name, b.image.alternativeText, b.image.caption])).toEqual([[files[0]!.name, 'A lake at dawn', 'Lake in the morning']]);
    const second = await publishedRow('the-lake-again');
    const secondImages = second.body.filter((b): b is ImageNode => b.type === 'image');
    // Publishing gives every use of a Media Library file the library's alternative text.
    expect(secondImages.map((b) => [b.image.name, b.image.alternativeText])).toEqual([
      [files[0]!.name, 'A lake at dawn'],
      [files[0]!.name, 'A lake at dawn'],
    ]);
  });

  it('lists each picture it could not get, with why, and leaves it out of the text', async () => {
    expect(report.run?.imagesMissing).toEqual([
      { article: 'post 10', src: `${origin}/wp-content/uploads/2020/01/gone.jpg`, why: 'the old site answered 404' },
      { article: 'post 10', src: `${refusedOrigin}/wp-content/uploads/2020/01/off.jpg`, why: 'the old site could not be reached' },
      { article: 'post 11', src: `${origin}/wp-content/uploads/2020/01/page.jpg`, why: 'the address did not answer with an image' },
    ]);
    const text = JSON.stringify((await publishedRow('by-the-lake')).body);
    expect(text).not.toContain('gone.jpg');
    expect(text).toContain('Then a picture the old site lost:');
  });
});

describe('pictures taken from a copy of the old uploads folder', () => {
  let uploads: string;
  let folderGarden: Buffer;
  let report: ImportReport;

  beforeAll(async () => {
    uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-wp-uploads-'));
    fs.mkdirSync(path.join(uploads, '2019/07'), { recursive: true });
    // Different bytes from what the server has at the same address: the folder must win.
    folderGarden = await picture('#205020', 'png');
    fs.writeFileSync(path.join(uploads, '2019/07/garden.png'), folderGarden);
    const exportFile = wxr([
      item(
        20,
        'in-the-garden',
        'In the garden',
        `<p>From the folder:</p><img src="${origin}/wp-content/uploads/2019/07/garden.png" alt="The garden" />
<p>Not in the folder, still online:</p><img src="${origin}/wp-content/uploads/2019/07/path.png" alt="The path" />
<p>Neither in the folder nor online:</p><img src="${origin}/wp-content/uploads/2019/07/pond.png" alt="The pond" />`,
      ),
    ]);
    report = await importService(cms.strapi).run({ kind: 'wordpress', bytes: exportFile }, { uploadsFolder: uploads, fetchTimeoutMs: 5_000 });
  }, 180_000);

  afterAll(() => {
    if (uploads) fs.rmSync(uploads, { recursive: true, force: true });
  });

  it('takes a picture from the folder before the network, and fetches only what the folder lacks', async () => {
    expect(report.run?.articles).toEqual([expect.objectContaining({ slug: 'in-the-garden', result: 'created' })]);
    expect(hits.get('/wp-content/uploads/2019/07/garden.png')).toBeUndefined();
    expect(hits.get('/wp-content/uploads/2019/07/path.png')).toBe(1);
    expect(report.run?.imagesUploaded).toBe(2);
    expect(report.run?.imagesMissing).toEqual([{ article: 'post 20', src: `${origin}/wp-content/uploads/2019/07/pond.png`, why: 'the old site answered 404' }]);
    const images = (await publishedRow('in-the-garden')).body.filter((b): b is ImageNode => b.type === 'image');
    expect(images.map((b) => b.image.alternativeText)).toEqual(['The garden', 'The path']);
    // The garden file in the Media Library is the folder's picture, not the server's: its name
    // carries the digest of the bytes it was made from.
    const digest = createHash('sha256').update(folderGarden).digest('hex').slice(0, 16);
    expect((await importedFiles()).find((f) => f.alternativeText === 'The garden')?.name).toBe(`imported-${digest}-garden.png`);
  });
});
