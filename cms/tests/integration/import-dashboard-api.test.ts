import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { WORDPRESS_FIXTURE } from '../unit/import/wordpress-fixture';
import { adminSession } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';

let cms: BootedCms;
let session: [string, string];

beforeAll(async () => {
  cms = await bootCms();
  session = await adminSession(cms);
});

afterAll(async () => {
  await cms?.stop();
});

const tinyExport = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
<channel><title>Old practice blog</title><link>https://old.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://old.example</wp:base_blog_url>
<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>anxiety</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Anxiety]]></wp:cat_name></wp:category>
<item><title>When panic comes at night</title><link>https://old.example/2021/03/panic-at-night/</link><dc:creator>therapist</dc:creator><guid>https://old.example/?p=41</guid>
<content:encoded><![CDATA[<p>Night-time panic is common.</p><h1>What helps</h1><p>Slow breathing.<script>alert(1)</script></p>]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>41</wp:post_id><wp:post_date>2021-03-02 09:00:00</wp:post_date><wp:post_date_gmt>2021-03-02 09:00:00</wp:post_date_gmt><wp:post_name>panic-at-night</wp:post_name><wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password>
<category domain="category" nicename="anxiety"><![CDATA[Anxiety]]></category></item>
</channel></rss>`;

describe('the dashboard Import routes', () => {
  it('refuse anyone not signed in to the dashboard, and the website token', async () => {
    const anonymous = await cms.http.post('/tend-import/dry-run').attach('file', Buffer.from(tinyExport), 'export.xml');
    expect(anonymous.status).toBe(401);
    const website = await cms.http.post('/tend-import/dry-run').set('Authorization', `Bearer ${cms.tokens.read}`).attach('file', Buffer.from(tinyExport), 'export.xml');
    expect(website.status).toBe(401);
  });

  it('answer a file that is not an export with a 422 that says what to do', async () => {
    const response = await cms.http.post('/tend-import/dry-run').set(...session).attach('file', Buffer.from('<html>not it</html>'), 'page.html');
    expect(response.status).toBe(422);
    expect(response.body.error.message).toMatch(/not a WordPress export.*Tools → Export/);
    const missing = await cms.http.post('/tend-import/dry-run').set(...session).field('options', '{}');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/Choose your WordPress export file/);
  });

  it('show the dry run of the real export without changing anything', async () => {
    const response = await cms.http.post('/tend-import/dry-run').set(...session).attach('file', fs.readFileSync(WORDPRESS_FIXTURE), 'themeunittestdata.wordpress.xml');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ dryRun: true, siteTitle: 'Theme Unit Test Data', run: null });
    expect(response.body.articles).toHaveLength(58);
    expect(await cms.strapi.db.query('api::article.article').count({ where: { importSource: { $notNull: true } } })).toBe(0);
  });

  it('run an import with the chosen topic mapping, report progress, and end with the report', async () => {
    const options = JSON.stringify({ topicActions: { 'category:anxiety': { do: 'create' } } });
    const started = await cms.http.post('/tend-import/runs').set(...session).field('options', options).attach('file', Buffer.from(tinyExport), 'export.xml');
    expect(started.status).toBe(202);
    let job = started.body as { id: string; report: { run: { articles: Array<{ result: string }> } } | null; error: string | null };
    for (let tries = 0; tries < 120 && !job.report && !job.error; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = (await cms.http.get(`/tend-import/runs/${started.body.id}`).set(...session)).body;
    }
    expect(job.error).toBeNull();
    expect(job.report?.run.articles).toEqual([expect.objectContaining({ result: 'created', slug: 'panic-at-night' })]);
    const article = await cms.strapi.documents('api::article.article').findFirst({ filters: { slug: 'panic-at-night' }, status: 'published', populate: { topics: { fields: ['name'] } } });
    expect((article?.topics as Array<{ name: string }> | undefined)?.map((t) => t.name)).toEqual(['Anxiety']);
    expect(JSON.stringify(article?.body)).not.toContain('alert');
    expect(await cms.strapi.documents('api::redirect.redirect').findFirst({ filters: { from: '/2021/03/panic-at-night' } })).toMatchObject({ to: '/articles/panic-at-night' });
  });
});
