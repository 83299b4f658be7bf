import { describe, expect, it } from 'vitest';

import { ArticleFileError, describeCover, parseArticleFile } from '../../src/seed/article-file';

const FIELDS: Record<string, string> = {
  title: 'Is it okay to cry in my first therapy session?',
  slug: 'is-it-okay-to-cry-in-my-first-therapy-session',
  excerpt: 'Crying in a first session is common, and welcome.',
  topics: '[starting-therapy, anxiety]',
  featured: 'true',
  status: 'published',
  contentNote: 'null',
  lastReviewed: '2026-10-01',
  publishedAt: '2026-09-14T09:00:00.000Z',
  cover: '{ hue: 160, motif: waves }',
};

const BODY = 'A first paragraph.\n\n## The short answer\n\nYes.\n';

/** An article file from the fields above, with some replaced (undefined drops a field). */
function file(overrides: Record<string, string | undefined> = {}, body = BODY): string {
  const fields = { ...FIELDS, ...overrides };
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

function errorOf(run: () => unknown): ArticleFileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleFileError);
    return error as ArticleFileError;
  }
  throw new Error('expected parseArticleFile to throw');
}

describe('parseArticleFile', () => {
  it('reads and types the front matter and returns the body', () => {
    const { meta, body } = parseArticleFile(file());
    expect(meta).toEqual({
      title: FIELDS.title,
      slug: FIELDS.slug,
      excerpt: FIELDS.excerpt,
      topics: ['starting-therapy', 'anxiety'],
      featured: true,
      status: 'published',
      contentNote: null,
      lastReviewed: '2026-10-01',
      publishedAt: '2026-09-14T09:00:00.000Z',
      cover: { hue: 160, motif: 'waves', alt: 'Abstract illustration: soft layered waves in green tones.' },
    });
    expect(body).toBe(BODY);
  });

  it('fills in defaults for optional fields', () => {
    const { meta } = parseArticleFile(
      file({ featured: undefined, contentNote: undefined, lastReviewed: undefined, cover: undefined }),
    );
    expect(meta.featured).toBe(false);
    expect(meta.contentNote).toBeNull();
    expect(meta.lastReviewed).toBeNull();
    expect(meta.cover).toBeNull();
  });

  it('keeps cover alternative text when given, and describes the cover otherwise', () => {
    const withAlt = parseArticleFile(file({ cover: '{ hue: 30, motif: hills, alt: "Warm hills." }' }));
    expect(withAlt.meta.cover).toEqual({ hue: 30, motif: 'hills', alt: 'Warm hills.' });
    expect(describeCover(200, 'circles')).toBe(
      'Abstract illustration: overlapping soft circles of light in blue tones.',
    );
  });

  it('accepts a draft without a publication date', () => {
    const { meta } = parseArticleFile(file({ status: 'draft', publishedAt: 'null' }));
    expect(meta.status).toBe('draft');
    expect(meta.publishedAt).toBeNull();
  });

  it('accepts Windows line endings and a byte order mark', () => {
    const { meta, body } = parseArticleFile(`\uFEFF${file().replace(/\n/g, '\r\n')}`);
    expect(meta.slug).toBe(FIELDS.slug);
    expect(body).toBe(BODY);
  });

  it.each([
    ['title', { title: undefined }, /"title" is missing/],
    ['title', { title: '"  "' }, /"title" must not be empty/],
    ['title', { title: 'x'.repeat(121) }, /"title" must be at most 120 characters/],
    ['slug', { slug: 'Not A Slug' }, /"slug" must be lower-case words joined by hyphens/],
    ['excerpt', { excerpt: 'x'.repeat(241) }, /"excerpt" must be at most 240 characters/],
    ['topics', { topics: '[anxiety]' }, /"topics" must list 2 to 4 topic slugs/],
    ['topics', { topics: '[a, b, c, d, e]' }, /"topics" must list 2 to 4 topic slugs/],
    ['topics', { topics: '[anxiety, anxiety]' }, /"topics" must not repeat a topic/],
    ['topics.1', { topics: '[anxiety, Grief]' }, /"topics\.1" must be lower-case/],
    ['featured', { featured: 'yes please' }, /"featured"/],
    ['status', { status: 'live' }, /"status" must be published or draft/],
    ['contentNote', { contentNote: 'x'.repeat(201) }, /"contentNote" must be at most 200 characters/],
    ['lastReviewed', { lastReviewed: '1 October 2026' }, /"lastReviewed" must be a date written YYYY-MM-DD/],
    ['publishedAt', { publishedAt: 'yesterday' }, /"publishedAt" must be an ISO date and time/],
    ['publishedAt', { publishedAt: 'null' }, /"publishedAt" is required when status is published/],
    ['publishedAt', { status: 'draft' }, /"publishedAt" must be empty for a draft/],
    ['cover.hue', { cover: '{ hue: 400, motif: waves }' }, /"cover\.hue" must be 0 to 359/],
    ['cover.motif', { cover: '{ hue: 10, motif: stars }' }, /"cover\.motif" must be one of waves, circles, hills, leaves/],
    ['cover.colour', { cover: '{ hue: 10, motif: waves, colour: red }' }, /"cover\.colour" is not a known field/],
    ['tags', { tags: '[a, b]' }, /"tags" is not a known field/],
  ])('names the wrong field: %s', (field, overrides, message) => {
    const error = errorOf(() => parseArticleFile(file(overrides), 'articles/example.md'));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^articles\/example\.md: /);
  });

  it('reads the maxLengths from the Article schema', () => {
    // 120 is the schema's maxLength for title; exactly at the limit is fine.
    expect(parseArticleFile(file({ title: 'x'.repeat(120) })).meta.title).toHaveLength(120);
  });

  it('explains a missing or broken front matter block', () => {
    expect(errorOf(() => parseArticleFile('# Just Markdown')).message).toMatch(/must start with YAML front matter/);
    expect(errorOf(() => parseArticleFile('---\ntitle: [unclosed\n---\nbody')).message).toMatch(/not valid YAML/);
    expect(errorOf(() => parseArticleFile('---\n- a list\n---\nbody')).message).toMatch(/"field: value"/);
    expect(errorOf(() => parseArticleFile('---\ntitle: a\ntitle: b\n---\nbody')).message).toMatch(/not valid YAML/);
  });

  it('refuses an article with no text', () => {
    const error = errorOf(() => parseArticleFile(file({}, '\n\n')));
    expect(error.field).toBe('body');
  });
});
