import { slugPages } from '../site-content/content-types';

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

/** Addresses the website needs for itself: a redirect there would break the site. */
export const RESERVED_PREFIXES = ['/api/', '/_nuxt/', '/media/', '/preview', '/admin'];

export type SitePage = { kind: 'fixed' } | { kind: 'slug'; uid: string; noun: string; slug: string } | { kind: 'other' };

export function sitePageAt(path: string): SitePage {
  if (FIXED_PAGES.has(path)) return { kind: 'fixed' };
  for (const { uid, prefix, noun } of slugPages()) {
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
