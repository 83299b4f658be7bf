import { describe, expect, it } from 'vitest';
import type { Article, Media } from '@tend/shared-types';
import type { ArticleSummary } from '../../shared/types/view-models';
import { relatedArticles, rewriteBodyMedia, toArticleSummary, toArticleView } from '../../server/utils/mappers/article';
import { toImageView, toMediaPath } from '../../server/utils/mappers/media';

const media = (overrides: Partial<Media> = {}): Media => ({
  id: 1,
  documentId: 'm1',
  url: '/uploads/cover_abc123.jpg',
  alternativeText: 'Soft waves',
  width: 1600,
  height: 900,
  formats: {
    thumbnail: { url: '/uploads/thumbnail_cover_abc123.jpg', width: 245, height: 138, mime: 'image/jpeg', size: 5 },
    small: { url: '/uploads/small_cover_abc123.jpg', width: 480, height: 270, mime: 'image/jpeg', size: 20 },
    medium: { url: '/uploads/medium_cover_abc123.jpg', width: 800, height: 450, mime: 'image/jpeg', size: 40 },
  },
  ...overrides,
});

const article = (overrides: Partial<Article> = {}): Article => ({
  id: 1,
  documentId: 'doc1',
  createdAt: '2026-09-01T09:00:00.000Z',
  updatedAt: '2026-09-02T09:00:00.000Z',
  publishedAt: '2026-09-03T09:00:00.000Z',
  title: 'Is it okay to cry?',
  slug: 'is-it-okay-to-cry',
  excerpt: 'Yes.',
  contentNote: null,
  lastReviewed: null,
  featured: false,
  body: [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'The short answer' }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'word '.repeat(450) }] },
    { type: 'image', image: { name: 'x', url: '/uploads/inline_1.jpg', alternativeText: null, width: 10, height: 10 }, children: [{ type: 'text', text: '' }] },
    { type: 'image', image: { name: 'y', url: 'https://elsewhere.example/y.jpg', alternativeText: null, width: 10, height: 10 }, children: [{ type: 'text', text: '' }] },
  ],
  cover: media(),
  topics: [{ id: 1, documentId: 't1', name: 'Anxiety', slug: 'anxiety' }],
  seo: null,
  ...overrides,
} as Article);

const summary = (slug: string, topics: string[], publishedAt: string): ArticleSummary => ({
  slug,
  title: slug,
  excerpt: '',
  publishedAt,
  lastReviewed: null,
  readingMinutes: 1,
  featured: false,
  cover: null,
  topics: topics.map((topic) => ({ name: topic, slug: topic })),
});

describe('media mapping', () => {
  it('serves uploads from the site origin and nothing else', () => {
    expect(toMediaPath('/uploads/a_b-1.jpg')).toBe('/media/a_b-1.jpg');
    expect(toMediaPath('https://cms.example/uploads/a.jpg')).toBeNull();
    expect(toMediaPath('/uploads/../secret')).toBeNull();
    expect(toMediaPath('/uploads/dir/a.jpg')).toBeNull();
  });

  it('offers the listed widths as AVIF, WebP and the original format, from the original upload', () => {
    const view = toImageView(media());
    expect(view?.src).toBe('/media/cover_abc123.jpg');
    expect(view?.srcset).toBe(
      '/media/320w/cover_abc123.jpg 320w, /media/480w/cover_abc123.jpg 480w, /media/640w/cover_abc123.jpg 640w, '
      + '/media/960w/cover_abc123.jpg 960w, /media/1280w/cover_abc123.jpg 1280w, /media/1600w/cover_abc123.jpg 1600w',
    );
    expect(view?.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    expect(view?.sources[0]?.srcset).toMatch(/^\/media\/320w\/cover_abc123\.jpg\.avif 320w, /);
    expect(view?.alt).toBe('Soft waves');
  });

  it('treats missing alternative text as decorative, never as the file name', () => {
    expect(toImageView(media({ alternativeText: null }))?.alt).toBe('');
  });
});

describe('article mapping', () => {
  it('takes the reading time the cms stored (cards carry no body) and keeps only what list cards need', () => {
    const card = toArticleSummary(article({ readingMinutes: 3 }));
    expect(card.readingMinutes).toBe(3);
    expect(toArticleSummary(article({ readingMinutes: null })).readingMinutes, 'rows saved before the field existed').toBe(1);
    expect(card.topics).toEqual([{ name: 'Anxiety', slug: 'anxiety' }]);
    expect(card).not.toHaveProperty('documentId');
    expect(card).not.toHaveProperty('body');
  });

  it('rewrites body images to /media and drops those hosted elsewhere', () => {
    const body = rewriteBodyMedia(article().body);
    const images = body.filter((node) => node.type === 'image');
    expect(images).toHaveLength(1);
    expect(images[0]?.type === 'image' && images[0].image.url).toBe('/media/inline_1.jpg');
  });

  it('gives headings ids and a table of contents, and SEO falls back to the excerpt', () => {
    const view = toArticleView(article());
    expect(view.toc).toEqual([{ id: 'the-short-answer', text: 'The short answer', level: 2 }]);
    expect(view.seo.description).toBe('Yes.');
    expect(view.seo.title).toBe('Is it okay to cry?');
  });
});

describe('related articles', () => {
  const all = [
    summary('a', ['anxiety'], '2026-01-01'),
    summary('b', ['anxiety', 'grief'], '2026-02-01'),
    summary('c', ['trauma'], '2026-05-01'),
    summary('d', ['grief'], '2026-03-01'),
    summary('e', ['trauma'], '2026-04-01'),
  ];

  it('prefers articles sharing more topics, then tops up with the newest', () => {
    const related = relatedArticles('a', [{ name: 'anxiety', slug: 'anxiety' }, { name: 'grief', slug: 'grief' }], all);
    expect(related.map((item) => item.slug)).toEqual(['b', 'd', 'c']);
  });

  it('never includes the article itself or duplicates', () => {
    const related = relatedArticles('c', [{ name: 'trauma', slug: 'trauma' }], all, 10);
    expect(related.map((item) => item.slug)).toEqual(['e', 'd', 'b', 'a']);
  });

  it('counts an article read twice (sharing a topic and among the newest) once', () => {
    const twice = [...all, ...all.map((item) => ({ ...item }))];
    const related = relatedArticles('a', [{ name: 'anxiety', slug: 'anxiety' }], twice);
    expect(related.map((item) => item.slug)).toEqual(['b', 'c', 'e']);
  });
});
