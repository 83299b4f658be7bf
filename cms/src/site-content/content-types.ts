/**
 * The content the website shows, in one place: the Strapi types, the web page each one is shown
 * on (a fixed page, or one page per slug), how the change feed names it, and what the website's
 * read token may call. Preview links, slug redirects, the change feed and the token permissions
 * are all derived from this table, so a new public content type is a row here plus its schema
 * (docs/developing.md, "Adding a content type").
 */
export type ChangeModel = 'article' | 'topic' | 'practice' | 'site' | 'crisis-support' | 'redirect';

/** Where the website shows a document. */
export type SitePageRule =
  | { kind: 'fixed'; path: string }
  | { kind: 'slug'; prefix: string; noun: string }
  | { kind: 'none' };

export interface SiteContentType {
  /** The name the change feed gives it, which the web's refresh reads. */
  model: ChangeModel;
  page: SitePageRule;
  /** The Content API actions the website's read token may call. */
  reads: readonly ('find' | 'findOne')[];
  /** Without draft & publish every save is live, so the change feed also records creates and updates. */
  liveOnSave: boolean;
}

export const SITE_CONTENT_TYPES = {
  'api::article.article': {
    model: 'article',
    page: { kind: 'slug', prefix: '/articles/', noun: 'article' },
    reads: ['find', 'findOne'],
    liveOnSave: false,
  },
  'api::topic.topic': {
    model: 'topic',
    page: { kind: 'slug', prefix: '/topics/', noun: 'topic' },
    reads: ['find', 'findOne'],
    liveOnSave: false,
  },
  'api::practice.practice': { model: 'practice', page: { kind: 'fixed', path: '/about' }, reads: ['find'], liveOnSave: false },
  'api::site.site': { model: 'site', page: { kind: 'fixed', path: '/' }, reads: ['find'], liveOnSave: false },
  'api::crisis-support.crisis-support': {
    model: 'crisis-support',
    page: { kind: 'fixed', path: '/' },
    reads: ['find'],
    liveOnSave: false,
  },
  'api::redirect.redirect': { model: 'redirect', page: { kind: 'none' }, reads: ['find'], liveOnSave: true },
} as const satisfies Record<string, SiteContentType>;

export type SiteContentUid = keyof typeof SITE_CONTENT_TYPES;

/** The types with a page per slug (they have a `slug` attribute). */
export type SluggedUid = {
  [Uid in SiteContentUid]: (typeof SITE_CONTENT_TYPES)[Uid]['page'] extends { kind: 'slug' } ? Uid : never;
}[SiteContentUid];

export function siteContentType(uid: string): SiteContentType | undefined {
  return Object.hasOwn(SITE_CONTENT_TYPES, uid) ? SITE_CONTENT_TYPES[uid as SiteContentUid] : undefined;
}

export function isSlugged(uid: string): uid is SluggedUid {
  return siteContentType(uid)?.page.kind === 'slug';
}

/** The address rule of a type with a page per slug. */
export function slugPage(uid: string): { prefix: string; noun: string } | undefined {
  const page = siteContentType(uid)?.page;
  return page?.kind === 'slug' ? page : undefined;
}

/** The one page a type without slugs is shown on. */
export function fixedPagePath(uid: string): string | undefined {
  const page = siteContentType(uid)?.page;
  return page?.kind === 'fixed' ? page.path : undefined;
}

/** Every type with a page per slug, with its address rule. */
export function slugPages(): Array<{ uid: SluggedUid; prefix: string; noun: string }> {
  return Object.keys(SITE_CONTENT_TYPES).flatMap((uid) => {
    const page = slugPage(uid);
    return page && isSlugged(uid) ? [{ uid, ...page }] : [];
  });
}

/** The Content API permissions that read the website's content, e.g. `api::article.article.find`. */
export function siteContentReadPermissions(): string[] {
  return Object.entries(SITE_CONTENT_TYPES).flatMap(([uid, type]) => type.reads.map((action) => `${uid}.${action}`));
}
