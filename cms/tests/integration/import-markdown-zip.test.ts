// A zip of a Markdown folder through the dashboard's Import routes: the dry run, the run with
// pictures found beside the posts inside the zip, and every kind of bad zip refused whole with a
// message the therapist can act on. The zips are made here with fflate (a different library from
// the one the cms reads them with), so the hostile ones are written exactly as an attacker would.
import fs from 'node:fs';
import os from 'node:os';
import sharp from 'sharp';
import { zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { adminSession } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';

let cms: BootedCms;
let session: [string, string];
let lake: Buffer;

const ARTICLE = 'api::article.article';
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

beforeAll(async () => {
  cms = await bootCms();
  session = await adminSession(cms);
  lake = await sharp({ create: { width: 48, height: 32, channels: 3, background: '#4a7fa0' } }).png().toBuffer();
});

afterAll(async () => {
  await cms?.stop();
});

const post = (front: string, body: string): Uint8Array => text(`---\n${front}\n---\n${body}\n`);

/** A blog folder as a static-site generator keeps it, zipped by compressing the folder itself. */
function blogZip(): Uint8Array {
  const files: Zippable = {
    'quiet-blog/posts/slow-breathing.md': post(
      'title: Slow breathing for busy minds\ndate: 2022-05-04\nslug: slow-breathing\ntags: [Anxiety, Self-care]\ndescription: A short practice for the evening.',
      'Breathing out for longer than you breathe in tells the body it is safe.\n\n![A calm lake at dawn](../images/lake.png)\n\nTry it for two minutes.',
    ),
    'quiet-blog/posts/same-picture.md': post('title: The lake again\ndate: 2022-06-01\ntags: [Self-care]', 'The same picture, met twice.\n\n![Still water](../images/lake.png)'),
    'quiet-blog/posts/unfinished.md': post('title: Notes for later\ndraft: true', 'Not ready yet.'),
    'quiet-blog/images/lake.png': lake,
    '__MACOSX/quiet-blog/._slow-breathing.md': text('mac metadata'),
  };
  return zipSync(files);
}

const importedCount = (): Promise<number> => cms.strapi.db.query(ARTICLE).count({ where: { importSource: { $startsWith: 'markdown:' } } });
const leftovers = (): string[] => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('tend-import-zip-'));

async function dryRun(zip: Uint8Array, name = 'blog.zip') {
  return cms.http.post('/tend-import/dry-run').set(...session).attach('file', Buffer.from(zip), name);
}

async function runToEnd(zip: Uint8Array, name = 'blog.zip') {
  const started = await cms.http.post('/tend-import/runs').set(...session).attach('file', Buffer.from(zip), name);
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  let job = started.body as { report: { run: { articles: Array<{ result: string; slug: string }>; imagesUploaded: number; imagesReused: number; imagesMissing: unknown[] } } | null; error: string | null };
  for (let tries = 0; tries < 240 && !job.report && !job.error; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    job = (await cms.http.get(`/tend-import/runs/${started.body.id}`).set(...session)).body;
  }
  expect(job.error).toBeNull();
  return job.report!;
}

describe('a zip of a Markdown folder, from the dashboard', () => {
  it('gets a dry run named after its folder, with the tags as topics, and changes nothing', async () => {
    const before = leftovers();
    const response = await dryRun(blogZip());
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ dryRun: true, source: 'markdown', siteTitle: 'quiet-blog', run: null });
    expect(response.body.articles.map((a: { sourceLabel: string; status: string }) => [a.sourceLabel, a.status])).toEqual([
      ['posts/same-picture.md', 'published'],
      ['posts/slow-breathing.md', 'published'],
      ['posts/unfinished.md', 'draft'],
    ]);
    expect(response.body.topics.map((t: { name: string; action: string }) => [t.name, t.action])).toEqual(expect.arrayContaining([['Anxiety', 'create'], ['Self-care', 'create']]));
    expect(await importedCount()).toBe(0);
    expect(leftovers()).toEqual(before);
  });

  it('imports the posts with the picture from inside the zip, uploaded once though two posts show it', async () => {
    const before = leftovers();
    const report = await runToEnd(blogZip());
    expect(report.run.articles.map((a) => a.result)).toEqual(['created', 'created', 'created']);
    expect(report.run.imagesMissing).toEqual([]);
    expect(report.run.imagesUploaded).toBe(1);
    const files = await cms.strapi.db.query('plugin::upload.file').findMany({ where: { name: { $startsWith: 'imported-' } } });
    expect(files).toHaveLength(1);
    // One Media Library file, described by the first post that showed it (posts are read in name
    // order): publishing gives every use of a file the library's alternative text.
    expect(files[0]).toMatchObject({ name: expect.stringMatching(/-lake\.png$/), mime: 'image/png', alternativeText: 'Still water' });
    const row = await cms.strapi.db.query(ARTICLE).findOne({ where: { slug: 'slow-breathing', publishedAt: { $notNull: true } } });
    expect(row.body).toContainEqual(expect.objectContaining({ type: 'image', image: expect.objectContaining({ name: files[0].name, alternativeText: 'Still water' }) }));
    expect(new Date(row.publishedAt).toISOString()).toBe('2022-05-04T00:00:00.000Z');
    expect(await cms.strapi.documents(ARTICLE).findFirst({ filters: { slug: 'unfinished' }, status: 'published' })).toBeNull();
    expect(await cms.strapi.documents('api::redirect.redirect').findFirst({ filters: { from: '/posts/slow-breathing' } })).toMatchObject({ to: '/articles/slow-breathing' });
    expect(leftovers()).toEqual(before);

    // The same zip again: nothing new.
    const again = await runToEnd(blogZip());
    expect(again.run.articles.map((a) => a.result)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(again.run.imagesUploaded).toBe(0);
  });

  it('takes posts at the top of the zip too, and a picture path leading out of the zip is reported, not read', async () => {
    const zip = zipSync({
      'at-the-top.md': post('title: Posts at the top\nslug: at-the-top', 'Text first.\n\n![Outside](../../../etc/hostname.png)'),
    });
    const report = await runToEnd(zip, 'top-level.zip');
    expect(report.run.articles).toEqual([expect.objectContaining({ slug: 'at-the-top', result: 'created' })]);
    expect(report.run.imagesMissing).toEqual([expect.objectContaining({ why: 'not found in the folder given' })]);
    const dry = await dryRun(zip, 'top-level.zip');
    expect(dry.body.siteTitle).toBe('top-level');
  });
});

/** Declared sizes in both headers set to a lie, as a zip bomb does to slip past a size check. */
function lyingAboutSize(zip: Uint8Array, declared: number): Uint8Array {
  const out = Buffer.from(zip);
  for (let i = 0; i < out.length - 4; i += 1) {
    const signature = out.readUInt32LE(i);
    if (signature === 0x04034b50) out.writeUInt32LE(declared, i + 22);
    if (signature === 0x02014b50) out.writeUInt32LE(declared, i + 24);
  }
  return out;
}

describe('a bad zip is refused whole, with a message that says what to do', () => {
  const good = { 'blog/posts/fine.md': post('title: A fine post', 'Nothing wrong here.') };
  const cases: Array<[string, () => Uint8Array, string, RegExp]> = [
    ['a path leading out of the folder (zip-slip)', () => zipSync({ ...good, '../../outside.md': post('title: Escaped', 'x') }), 'slip.zip', /“\.\.\/\.\.\/outside\.md”.*outside the zip's own folder.*Nothing was imported/],
    ['an absolute path', () => zipSync({ ...good, '/tmp/absolute.md': post('title: Absolute', 'x') }), 'absolute.zip', /“\/tmp\/absolute\.md”.*outside the zip's own folder/],
    ['a Windows drive path', () => zipSync({ ...good, 'C:\\Users\\evil.md': post('title: Drive', 'x') }), 'drive.zip', /outside the zip's own folder/],
    // A Unix symlink entry: its mode in the high half of the external attributes (os 3 = Unix).
    ['a symlink', () => zipSync({ ...good, 'blog/posts/link.md': [text('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] }), 'link.zip', /“blog\/posts\/link\.md”, a link.*Nothing was imported/],
    ['more files than an import takes', () => zipSync(Object.fromEntries(Array.from({ length: 5_001 }, (_, i) => [`blog/n${i}.md`, text('x')]))), 'many.zip', /holds 5001 files; an import takes at most 5000/],
    ['more than 200 MB once unpacked', () => zipSync({ ...good, 'blog/huge.bin': [new Uint8Array(201 * 1024 * 1024), { level: 1 }] }), 'bomb.zip', /more than 200 MB.*Nothing was imported/],
    ['sizes that lie (a bomb in disguise)', () => lyingAboutSize(zipSync({ 'blog/posts/fine.md': [new Uint8Array(2_000_000), { level: 9 }] }), 100), 'liar.zip', /could not be read.*Nothing was imported/],
    ['a truncated zip', () => blogZip().subarray(0, 600), 'cut.zip', /could not be read: it may be damaged or cut short/],
    ['no Markdown in it', () => zipSync({ 'photos/lake.png': lake }), 'photos.zip', /no Markdown files \(\.md\)/],
    ['a file named .zip that is not one', () => text('just some notes'), 'notes.zip', /named \.zip but is not a zip archive/],
  ];

  it.each(cases)('%s', async (_label, make, name, message) => {
    const before = { articles: await importedCount(), tmp: leftovers() };
    const zip = make();
    for (const path of ['/tend-import/dry-run', '/tend-import/runs']) {
      const response = await cms.http.post(path).set(...session).attach('file', Buffer.from(zip), name);
      expect(response.status, JSON.stringify(response.body)).toBe(422);
      expect(response.body.error.message).toMatch(message);
    }
    expect(await importedCount()).toBe(before.articles);
    expect(leftovers()).toEqual(before.tmp);
    expect(fs.existsSync('/tmp/absolute.md')).toBe(false);
  });
});
