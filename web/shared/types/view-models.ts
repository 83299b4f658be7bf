import type { Blocks, HeadingNode, SnippetSegment } from '@tend/shared-types';

/**
 * What pages render: small, CMS-agnostic shapes made on the server by server/utils/mappers.
 * Pages never see Strapi responses, ids they do not need, or the CMS address.
 */

/** An image served from the site's own origin (/media/…), with the widths and formats the site makes. */
export interface ImageView {
  /** The upload as stored (also what share previews and structured data point at). */
  src: string;
  /** Resized copies in the upload's own format (JPEG or PNG): the fallback <img>'s srcset. */
  srcset: string | null;
  /** AVIF then WebP at the same widths, for <source type>; empty when the upload is not JPEG/PNG. */
  sources: { type: string; srcset: string }[];
  width: number | null;
  height: number | null;
  /** Empty string means decorative, also when the editor left it out (rendered as decorative). */
  alt: string;
}

export interface TopicLink {
  name: string;
  slug: string;
}

export interface TopicView extends TopicLink {
  description: string;
}

export interface ArticleSummary {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  lastReviewed: string | null;
  readingMinutes: number;
  featured: boolean;
  cover: ImageView | null;
  topics: TopicLink[];
}

/** A heading of the article body with the stable id the table of contents links to. */
export type RenderedHeading = HeadingNode & { id: string };

export interface TocEntry {
  id: string;
  text: string;
  level: 2 | 3;
}

export interface SeoView {
  title: string;
  description: string;
  image: ImageView | null;
  noIndex: boolean;
}

export interface ArticleView extends ArticleSummary {
  contentNote: string | null;
  /** Blocks with media URLs rewritten to /media/… and heading nodes carrying their `id`. */
  body: Blocks;
  toc: TocEntry[];
  seo: SeoView;
  related: ArticleSummary[];
  updatedAt: string;
}

export interface Paginated<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export interface CrisisServiceView {
  name: string;
  howToReach: string;
  link: string | null;
  whenToUse: string;
}

export interface PracticeView {
  practiceName: string;
  therapistName: string;
  approach: string;
  introduction: string;
  city: string;
  about: Blocks | null;
  photo: ImageView | null;
  locations: { label: string; area: string; inPerson: boolean; accessibilityNotes: string | null }[];
  online: { offered: boolean; note: string | null };
  sessions: { lengthMinutes: number; fee: number; concessionsNote: string | null; cancellationPolicy: string };
  freeConsultation: { lengthMinutes: number; text: string; buttonLabel: string };
  memberships: { professionalBody: string; membershipLevel: string | null; registrationNumber: string | null; registerUrl: string | null }[];
  contactEmail: string;
  phone: string | null;
  icoNumber: string | null;
}

/** Everything every page needs (header, footer, crisis box, call to action): loaded once. */
export interface SiteChrome {
  siteName: string;
  tagline: string | null;
  footerText: string | null;
  defaultSeo: SeoView;
  practice: PracticeView;
  crisis: { notice: string; services: CrisisServiceView[] };
}

export interface SearchResult {
  slug: string;
  title: string;
  excerpt: string;
  /** The passage around the match as text pieces; `match` pieces are shown in <mark>, as text. */
  snippet: SnippetSegment[];
  publishedAt: string;
}

/** A topic with the number of published articles about it (home, /topics). */
export type TopicWithCount = TopicView & { articleCount: number };

/** One page of search results (10 a page); `pageCount` is 0 when nothing matches. */
export interface SearchPage {
  query: string;
  page: number;
  pageCount: number;
  total: number;
  results: SearchResult[];
}

/** One old address of the site and what becomes of it (cms: api::redirect.redirect). */
export interface RedirectRule {
  /** A normalised path, e.g. /2019/05/coping-with-panic or /?p=123. */
  from: string;
  /** Where a permanent redirect sends visitors; null when the page is gone. */
  to: string | null;
  kind: 'permanent' | 'gone';
}
