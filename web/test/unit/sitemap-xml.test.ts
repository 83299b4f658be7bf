import { describe, expect, test } from 'vitest';
import { sitemapIndexXml, urlsetXml } from '../../server/utils/sitemap-xml';

describe('sitemap XML', () => {
  test('a urlset lists absolute, escaped addresses with their dates', () => {
    const xml = urlsetXml('https://example.org', [{ loc: '/articles/a&b', lastmod: '2026-11-01T10:00:00.000Z' }, { loc: '/about' }]);
    expect(xml).toContain('<loc>https://example.org/articles/a&amp;b</loc><lastmod>2026-11-01T10:00:00.000Z</lastmod>');
    expect(xml).toContain('<url><loc>https://example.org/about</loc></url>');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  });

  test('an index lists child sitemaps', () => {
    const xml = sitemapIndexXml('https://example.org', [{ loc: '/sitemaps/pages.xml' }, { loc: '/sitemaps/articles-1.xml' }]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.match(/<sitemap>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://example.org/sitemaps/articles-1.xml</loc>');
  });
});
