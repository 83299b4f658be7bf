/**
 * The pages of the website, as the cms knows them: fixed pages that always exist, and the
 * addresses of articles and topics, which exist while they are published.
 */
export const FIXED_PAGES: ReadonlySet<string> = new Set([
  '/',
  '/about',
  '/articles',
  '/topics',
  '/consultation',
  '/urgent-help',
  '/privacy',
  '/accessibility',
  '/search',
]);

/** Where a page lives, by Strapi uid of the document that has its own address. */
export const SLUG_PAGES: Readonly<Record<string, { prefix: string; noun: string }>> = {
  'api::article.article': { prefix: '/articles/', noun: 'article' },
  'api::topic.topic': { prefix: '/topics/', noun: 'topic' },
};

/** Addresses the website needs for itself: a redirect there would break the site. */
export const RESERVED_PREFIXES = ['/api/', '/_nuxt/', '/media/', '/preview', '/admin'];

export type SitePage = { kind: 'fixed' } | { kind: 'slug'; uid: string; noun: string; slug: string } | { kind: 'other' };

export function sitePageAt(path: string): SitePage {
  if (FIXED_PAGES.has(path)) return { kind: 'fixed' };
  for (const [uid, { prefix, noun }] of Object.entries(SLUG_PAGES)) {
    const slug = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    if (slug !== '' && !slug.includes('/')) return { kind: 'slug', uid, noun, slug: safeDecode(slug) };
  }
  return { kind: 'other' };
}

export function isReserved(path: string): boolean {
  return RESERVED_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
