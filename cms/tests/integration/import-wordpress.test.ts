import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ImportPlan } from '../../src/import/plan-types';
import type { RunOptions } from '../../src/import/run/run-import';
import type { RunResult } from '../../src/import/run/run-result';
import type { WxrExport } from '../../src/import/wordpress/wxr-types';
import { WORDPRESS_FIXTURE } from '../unit/import/wordpress-fixture';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';
import { distModule } from './support/dist-module';

const { readWxr } = distModule<{ readWxr: (bytes: Uint8Array) => WxrExport }>('import/wordpress/read-wxr');
const { planWordpress } = distModule<{ planWordpress: (site: WxrExport) => ImportPlan }>('import/wordpress/plan-wordpress');
const { runImport } = distModule<{ runImport: (strapi: Core.Strapi, plan: ImportPlan, options: RunOptions) => Promise<RunResult> }>('import/run/run-import');

let cms: BootedCms;
let plan: ImportPlan;
let first: RunResult;
let uploads: string;
const ARTICLE = 'api::article.article';

async function counts(strapi: Core.Strapi) {
  return {
    importedRows: await strapi.db.query(ARTICLE).count({ where: { importSource: { $notNull: true } } }),
    published: await strapi.db.query(ARTICLE).count({ where: { importSource: { $notNull: true }, publishedAt: { $notNull: true } } }),
    topics: await strapi.db.query('api::topic.topic').count(),
    redirects: await strapi.db.query('api::redirect.redirect').count({ where: { note: 'Imported from WordPress' } }),
    files: await strapi.db.query('plugin::upload.file').count(),
  };
}

beforeAll(async () => {
  cms = await bootCms();
  // The old site's uploads folder, with one of the export's pictures (its address cannot be fetched here).
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-wp-uploads-'));
  fs.mkdirSync(path.join(uploads, '2008/06'), { recursive: true });
  await sharp({ create: { width: 40, height: 30, channels: 3, background: '#6a8' } }).jpeg().toFile(path.join(uploads, '2008/06/100_5478.jpg'));
  plan = planWordpress(readWxr(fs.readFileSync(WORDPRESS_FIXTURE)));
  first = await runImport(cms.strapi, plan, { uploadsFolder: uploads, fetchRemote: false });
  // 58 articles with publish, search index, change feed and redirects: 1.5–3 minutes on a busy 2-core machine.
}, 600_000);

afterAll(async () => {
  await cms?.stop();
  if (uploads) fs.rmSync(uploads, { recursive: true, force: true });
});

describe('importing the WordPress theme unit test export', () => {
  it('creates one article per post, publishes the published ones and keeps drafts and the scheduled post unpublished', async () => {
    expect(first.articles.filter((a) => a.result === 'failed')).toEqual([]);
    expect(first.articles.filter((a) => a.result === 'created')).toHaveLength(58);
    const docs = cms.strapi.documents(ARTICLE);
    expect(await docs.count({ filters: { importSource: { $notNull: true } }, status: 'draft' })).toBe(58);
    expect(await docs.count({ filters: { importSource: { $notNull: true } }, status: 'published' })).toBe(54);
    const scheduled = await docs.findFirst({ filters: { slug: 'scheduled' }, status: 'published' });
    expect(scheduled).toBeNull();
  });

  it('keeps the old publication date and makes the article readable by the website, without raw HTML', async () => {
    const row = await cms.strapi.db.query(ARTICLE).findOne({ where: { slug: 'markup-html-tags-and-formatting', publishedAt: { $notNull: true } } });
    expect(new Date(row.publishedAt).toISOString()).toBe('2013-01-12T03:22:19.000Z');
    const response = await cms.http.get('/api/articles?filters[slug][$eq]=markup-html-tags-and-formatting').set(...bearer(cms.tokens.read));
    expect(response.status).toBe(200);
    const [article] = response.body.data as Array<{ body: unknown; importSource?: unknown }>;
    expect(article).toBeDefined();
    expect(article!.importSource).toBeUndefined();
    expect(JSON.stringify(article!.body)).not.toMatch(/<(table|script|iframe|div)\b/i);
  });

  it('creates the topics the plan asked for and links articles to them', async () => {
    // A category and a tag of the same name become one topic.
    const toCreate = new Set(plan.topics.filter((t) => t.action.do === 'create').map((t) => t.name.toLowerCase()));
    expect(first.topicsCreated).toHaveLength(toCreate.size);
    const article = await cms.strapi.documents(ARTICLE).findFirst({ filters: { slug: 'edge-case-many-categories' }, populate: { topics: { fields: ['slug'] } } });
    expect((article?.topics ?? []).length).toBeGreaterThan(5);
  });

  it('redirects every old address of each published post to its new page', async () => {
    const expected = plan.articles.filter((a) => a.status === 'published').reduce((n, a) => n + a.redirectsFrom.length, 0);
    expect(first.redirectsCreated).toBe(expected);
    const redirects = cms.strapi.documents('api::redirect.redirect');
    for (const from of ['/2013/01/11/markup-html-tags-and-formatting', '/?p=1178', '/2013/01/markup-html-tags-and-formatting']) {
      expect(await redirects.findFirst({ filters: { from } })).toMatchObject({ to: '/articles/markup-html-tags-and-formatting', kind: 'permanent', note: 'Imported from WordPress' });
    }
    expect(await redirects.findFirst({ filters: { from: '/?p=1164' } })).toBeNull(); // a draft: no page to send readers to yet
  });

  it('takes images from the uploads folder into the Media Library, and lists each one it could not get', async () => {
    expect(first.imagesUploaded).toBe(1);
    const captioned = await cms.strapi.db.query(ARTICLE).findOne({ where: { slug: 'post-format-image-caption', publishedAt: { $notNull: true } } });
    expect(captioned.body).toContainEqual(expect.objectContaining({ type: 'image', image: expect.objectContaining({ caption: 'Bell on wharf in San Francisco', alternativeText: expect.any(String) }) }));
    expect(first.imagesMissing.length).toBeGreaterThan(10);
    expect(first.imagesMissing[0]).toMatchObject({ src: expect.stringMatching(/^https:\/\//), why: expect.any(String) });
  });

  it('changes nothing when the same export is imported again', { timeout: 300_000 }, async () => {
    const before = await counts(cms.strapi);
    const second = await runImport(cms.strapi, planWordpress(readWxr(fs.readFileSync(WORDPRESS_FIXTURE))), { uploadsFolder: uploads, fetchRemote: false });
    expect(second.articles.map((a) => a.result).filter((r) => r !== 'unchanged')).toEqual([]);
    expect(second.topicsCreated).toEqual([]);
    expect(second.redirectsCreated).toBe(0);
    expect(second.imagesUploaded).toBe(0);
    expect(await counts(cms.strapi)).toEqual(before);
  });

  it('updates an article whose post changed, in place', async () => {
    const changed = planWordpress(readWxr(fs.readFileSync(WORDPRESS_FIXTURE)));
    const target = changed.articles.find((a) => a.sourceLabel === 'post 1178')!;
    target.title = 'Markup: HTML Tags and Formatting, revised';
    const before = await counts(cms.strapi);
    const third = await runImport(cms.strapi, { ...changed, articles: [target] }, { uploadsFolder: uploads, fetchRemote: false });
    expect(third.articles.filter((a) => a.result === 'updated').map((a) => a.sourceLabel)).toEqual(['post 1178']);
    expect(await counts(cms.strapi)).toEqual(before);
    const row = await cms.strapi.documents(ARTICLE).findFirst({ filters: { slug: 'markup-html-tags-and-formatting' }, status: 'published' });
    expect(row?.title).toBe('Markup: HTML Tags and Formatting, revised');
  });
});
