/** Sitemap XML (sitemaps.org 0.9): pure string building, escaped, no I/O. */
export interface SitemapUrl {
  loc: string;
  lastmod?: string | null;
}

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '\'': '&apos;', '"': '&quot;' })[char] ?? char);

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

function entry(tag: 'url' | 'sitemap', siteUrl: string, item: SitemapUrl): string {
  const lastmod = item.lastmod ? `<lastmod>${escapeXml(item.lastmod)}</lastmod>` : '';
  return `<${tag}><loc>${escapeXml(siteUrl + item.loc)}</loc>${lastmod}</${tag}>`;
}

export function urlsetXml(siteUrl: string, urls: SitemapUrl[]): string {
  return `${HEAD}<urlset ${NS}>\n${urls.map((url) => entry('url', siteUrl, url)).join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(siteUrl: string, sitemaps: SitemapUrl[]): string {
  return `${HEAD}<sitemapindex ${NS}>\n${sitemaps.map((sitemap) => entry('sitemap', siteUrl, sitemap)).join('\n')}\n</sitemapindex>\n`;
}
