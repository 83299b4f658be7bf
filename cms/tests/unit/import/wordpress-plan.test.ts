import { beforeAll, describe, expect, it } from 'vitest';

import { ImportInputError } from '../../../src/import/import-error';
import type { ImportPlan, PlannedArticle } from '../../../src/import/plan-types';
import { buildReport, reportText } from '../../../src/import/report/import-report';
import { MAX_EXPORT_BYTES } from '../../../src/import/wordpress/decode-file';
import { planWordpress } from '../../../src/import/wordpress/plan-wordpress';
import { readWxr } from '../../../src/import/wordpress/read-wxr';
import { expectStrapiAccepts, loadStrapiBlockValidators } from '../support/strapi-blocks-check';
import { readFixture } from './wordpress-fixture';

let plan: ImportPlan;
const bySource = (label: string): PlannedArticle => {
  const found = plan.articles.find((a) => a.sourceLabel === label);
  if (!found) throw new Error(`no ${label} in the plan`);
  return found;
};

beforeAll(() => {
  loadStrapiBlockValidators();
  plan = planWordpress(readWxr(readFixture()));
}, 30_000);

describe('the WordPress theme unit test export, planned', () => {
  it('finds its 58 posts (54 published, 3 drafts, 1 scheduled), leaves its 21 pages behind and reports what is not imported', () => {
    expect(plan.articles).toHaveLength(58);
    const statuses = plan.articles.map((a) => a.status);
    expect(statuses.filter((s) => s === 'published')).toHaveLength(54);
    expect(statuses.filter((s) => s === 'draft')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'scheduled')).toHaveLength(1);
    expect(plan.skipped).toHaveLength(21);
    expect(plan.notImported).toEqual(expect.arrayContaining([
      expect.objectContaining({ what: 'menu items', count: 70 }),
      expect.objectContaining({ what: 'comments', count: 33 }),
      expect.objectContaining({ what: 'users', count: 2 }),
    ]));
  });

  it('imports pages as articles only when asked', () => {
    const withPages = planWordpress(readWxr(readFixture()), { importPages: true });
    expect(withPages.articles).toHaveLength(58 + 21);
    expect(new Set(withPages.articles.map((a) => a.slug)).size).toBe(79);
  });

  it('gives the untitled post a title from its first words and says so', () => {
    const untitled = bySource('post 1169');
    expect(untitled.title).toBe('This post has no title, but it still');
    expect(untitled.changes.join(' ')).toMatch(/had no title/);
  });

  it('keeps the dates, drafts the password-protected and empty posts, and keeps the scheduled one unpublished', () => {
    // The GMT date: the export's local post_date is 2013-01-11 20:22:19 in the site's time zone.
    expect(bySource('post 1178').date).toBe('2013-01-12T03:22:19.000Z');
    expect(bySource('post 1168')).toMatchObject({ status: 'draft' });
    expect(bySource('post 1170')).toMatchObject({ status: 'draft', body: [] });
    expect(bySource('post 1153')).toMatchObject({ status: 'scheduled' });
  });

  it('shifts the HTML tags post’s headings so the title is the only level 1, and keeps its table as text', () => {
    const markup = bySource('post 1178');
    const levels = markup.body.flatMap((b) => (b.type === 'heading' ? [b.level] : []));
    expect(levels).not.toContain(1);
    expect(levels[0]).toBe(2);
    expect(markup.losses).toContainEqual(expect.objectContaining({ what: 'table' }));
    expect(JSON.stringify(markup.body)).toContain('John Doe | $1');
  });

  it('carries images with their caption and turns galleries into images one after another, reported', () => {
    const captioned = bySource('post 1163').body.find((b) => b.type === 'pending-image');
    expect(captioned).toEqual({ type: 'pending-image', src: 'https://wpthemetestdata.files.wordpress.com/2008/06/100_5478.jpg?w=604', alt: expect.any(String), caption: 'Bell on wharf in San Francisco' });
    const gallery = bySource('post 555');
    expect(gallery.losses.some((l) => l.what === 'shortcode [gallery]')).toBe(true);
    expect(gallery.body.filter((b) => b.type === 'pending-image').length).toBeGreaterThan(5);
  });

  it('gives every published post its old addresses: permalink, ?p=ID and date-based paths', () => {
    expect(bySource('post 1178').redirectsFrom).toEqual([
      '/2013/01/11/markup-html-tags-and-formatting',
      '/?p=1178',
      '/2013/01/markup-html-tags-and-formatting',
    ]);
    for (const article of plan.articles.filter((a) => a.status === 'published')) {
      expect(article.redirectsFrom).toContain(`/?p=${article.sourceLabel.split(' ')[1]}`);
    }
  });

  it('makes only Blocks that Strapi accepts, with unique slugs and fields within their limits', async () => {
    expect(new Set(plan.articles.map((a) => a.slug)).size).toBe(plan.articles.length);
    for (const article of plan.articles) {
      expect(article.title.length).toBeLessThanOrEqual(120);
      expect(article.excerpt.length).toBeLessThanOrEqual(240);
      expect(article.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      await expectStrapiAccepts(article.body.filter((b) => b.type !== 'pending-image'));
      expect(JSON.stringify(article.body)).not.toMatch(/<\/?(script|iframe|table|div|p)\b/i);
    }
  });

  it('reports the shortcodes, tables and embeds it met, per post, in the readable report', () => {
    const text = reportText(buildReport(plan, null));
    expect(text).toMatch(/^Dry run: nothing has been changed yet\./);
    expect(text).toContain('shortcode [gallery]');
    expect(text).toContain('table');
    expect(text).toContain('embed');
    expect(text).toContain('• 70 menu items');
  });
});

describe('readWxr on bad input', () => {
  const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

  it('says a file that is not a WordPress export is not one', () => {
    expect(() => readWxr(bytes('<html><body>hi</body></html>'))).toThrow(/not a WordPress export/);
    expect(() => readWxr(bytes('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'))).toThrow(/not a WordPress export/);
  });

  it('says where a truncated export breaks', () => {
    const fixture = readFixture();
    const error = (() => {
      try {
        readWxr(fixture.subarray(0, Math.floor(fixture.length / 2)));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ImportInputError);
    expect((error as Error).message).toMatch(/damaged near line \d+.*export it again/);
  });

  it('names an unknown encoding and reads a declared Latin-1 one', () => {
    expect(() => readWxr(bytes('<?xml version="1.0" encoding="klingon-8"?><rss/>'))).toThrow(/"klingon-8" encoding/);
    const latin1 = Buffer.concat([bytes('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><wp:wxr_version>1.2</wp:wxr_version><title>Caf'), Buffer.from([0xe9]), bytes('</title></channel></rss>')]);
    expect(readWxr(latin1).siteTitle).toBe('Café');
  });

  it('refuses a file larger than the limit before reading it', () => {
    expect(() => readWxr(Buffer.alloc(MAX_EXPORT_BYTES + 1))).toThrow(/takes files up to 64 MB/);
  });
});
