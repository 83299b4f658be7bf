/**
 * The content the website shows, as the cms's change feed and publish webhook name it, and the
 * web address of each page per slug. The cms keeps the matching table in
 * cms/src/site-content/content-types.ts; a new content type is added to both.
 */
export const SITE_CONTENT_MODELS = ['article', 'topic', 'practice', 'site', 'crisis-support', 'redirect'] as const;
export type SiteContentModel = (typeof SITE_CONTENT_MODELS)[number];

export function isSiteContentModel(value: unknown): value is SiteContentModel {
  return SITE_CONTENT_MODELS.some((model) => model === value);
}

/** Where a document with a slug is shown; the other models have fixed pages or none. */
const SLUG_PAGE_PREFIXES = { article: '/articles/', topic: '/topics/' } as const satisfies Partial<Record<SiteContentModel, string>>;

export function slugPagePath(model: keyof typeof SLUG_PAGE_PREFIXES, slug: string): string {
  return `${SLUG_PAGE_PREFIXES[model]}${slug}`;
}
