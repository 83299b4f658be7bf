import { blockImages, hasAltText, type ImageFile } from '../guardrails/alt-text';
import { blocksText, readingMinutes } from '../reading-time/reading-minutes';
import type { Advice } from './advice';
import { headings, linkUrls } from './blocks-walk';

/**
 * The content checks beside the article editor (issue 11, item 4): advice, never a blocker.
 * Pure functions of what is in the form, so they run in the dashboard as the therapist types
 * and are unit-tested here (tests/unit/content-checks.test.ts).
 */
export interface ArticleDraft {
  title?: unknown;
  excerpt?: unknown;
  contentNote?: unknown;
  body?: unknown;
  cover?: unknown;
  seo?: { metaTitle?: unknown; metaDescription?: unknown } | null;
}

/** What search results show before cutting a line short (Google: about 600 px ≈ 60 characters, 160 for descriptions). */
export const TITLE_MAX = 60;
export const DESCRIPTION_MIN = 70;
export const DESCRIPTION_MAX = 160;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export function titleAdvice(draft: ArticleDraft): Advice[] {
  const shown = text(draft.seo?.metaTitle) || text(draft.title);
  if (shown === '') return [];
  if (shown.length > TITLE_MAX) {
    return [{ check: 'title', message: `Search results show about ${TITLE_MAX} characters of a title; this one has ${shown.length}, so the end may be cut off. A shorter "Search title" (under Search and sharing) helps.` }];
  }
  return [];
}

export function descriptionAdvice(draft: ArticleDraft): Advice[] {
  const own = text(draft.seo?.metaDescription);
  const shown = own || text(draft.excerpt);
  // Name the field she would edit: the Excerpt, unless the Search description replaces it.
  const field = own ? 'Search description' : 'Excerpt';
  if (shown === '') return [{ check: 'description', message: 'Add a short summary in "Excerpt": search results and link previews show it under the title.' }];
  if (shown.length < DESCRIPTION_MIN) {
    return [{ check: 'description', message: `The summary search results show (the "${field}") has ${shown.length} characters; ${DESCRIPTION_MIN}–${DESCRIPTION_MAX} tell readers more about what they will find.` }];
  }
  if (shown.length > DESCRIPTION_MAX) {
    return [{ check: 'description', message: `Search results show about ${DESCRIPTION_MAX} characters of the summary; your "${field}" has ${shown.length}, so the end may be cut off. A shorter "Search description" (under Search and sharing) helps.` }];
  }
  return [];
}

export function headingAdvice(body: unknown): Advice[] {
  const advice: Advice[] = [];
  // The article's title is the page's Heading 1, so the text starts at Heading 2.
  let previous = 1;
  for (const heading of headings(body)) {
    const name = heading.text ? `"${heading.text}"` : 'An empty heading';
    if (heading.text === '') advice.push({ check: 'headings', message: 'There is an empty heading: write its words or turn it back into a paragraph. Screen readers announce it as a heading with nothing in it.' });
    if (heading.level === 1) {
      advice.push({ check: 'headings', message: `${name} is a Heading 1, but the title already is the page's Heading 1: use Heading 2 for sections.` });
    } else if (heading.level > previous + 1) {
      advice.push({ check: 'headings', message: `${name} is a Heading ${heading.level} after a Heading ${previous}: use Heading ${previous + 1}, so that people using screen readers can follow the outline.` });
    }
    previous = heading.level;
  }
  return advice;
}

export function altTextAdvice(draft: ArticleDraft): Advice[] {
  const advice: Advice[] = [];
  const cover = draft.cover as ImageFile | null | undefined;
  if (cover && typeof cover === 'object' && !hasAltText(cover)) {
    advice.push({ check: 'alt-text', message: `The cover image "${String(cover.name)}" has no alternative text. Add it in the Media Library: publishing needs it.` });
  }
  for (const image of blockImages(draft.body)) {
    if (!hasAltText(image)) {
      advice.push({ check: 'alt-text', message: `The image "${String(image.name)}" in the text has no alternative text. Add it in the Media Library: publishing needs it.` });
    }
  }
  return advice;
}

/**
 * Links to pages of this site ("/articles/…", or the site's own full address) whose page does not
 * exist. `exists` answers for site paths (the dashboard asks the cms which articles and topics
 * are published).
 */
export function sitePathOf(url: string, siteOrigin: string | null): string | null {
  if (url.startsWith('/') && !url.startsWith('//')) return url.split(/[?#]/)[0] ?? url;
  if (siteOrigin && url.startsWith(siteOrigin)) return url.slice(siteOrigin.length).split(/[?#]/)[0] || '/';
  return null;
}

export function linkAdvice(body: unknown, siteOrigin: string | null, exists: (path: string) => boolean): Advice[] {
  const missing = new Set<string>();
  for (const url of linkUrls(body)) {
    const path = sitePathOf(url, siteOrigin);
    if (path !== null && !exists(path.length > 1 ? path.replace(/\/+$/, '') : path)) missing.add(path);
  }
  return [...missing].map((path) => ({
    check: 'links',
    message: `The link to ${path} leads to a page that does not exist on this site (or is not published yet). Check the address.`,
  }));
}

export function sitePathsLinked(body: unknown, siteOrigin: string | null): string[] {
  return [...new Set(linkUrls(body).map((url) => sitePathOf(url, siteOrigin)).filter((path): path is string => path !== null))];
}

const CRISIS_WORDS = /\b(suicid\w*|self[- ]?harm\w*|kill(?:ing)? (?:my|your|them|him|her)sel(?:f|ves)|end(?:ing)? (?:my|your|their|his|her) li(?:fe|ves)|overdos\w*)\b/i;

export function contentNoteAdvice(draft: ArticleDraft): Advice[] {
  if (text(draft.contentNote) !== '') return [];
  const words = `${text(draft.title)} ${text(draft.excerpt)} ${blocksText(draft.body)}`;
  const found = CRISIS_WORDS.exec(words);
  if (!found) return [];
  return [
    {
      check: 'content-note',
      message: `This article mentions "${found[0]}". Some readers may come to it in a hard moment: a short content note at the top (the "Content note" field) lets them choose when to read on.`,
    },
  ];
}

export interface ArticleReport {
  readingMinutes: number;
  advice: Advice[];
}

export function checkArticle(draft: ArticleDraft, links: { siteOrigin: string | null; exists: (path: string) => boolean }): ArticleReport {
  return {
    readingMinutes: readingMinutes(draft.body),
    advice: [
      ...titleAdvice(draft),
      ...descriptionAdvice(draft),
      ...headingAdvice(draft.body),
      ...altTextAdvice(draft),
      ...linkAdvice(draft.body, links.siteOrigin, links.exists),
      ...contentNoteAdvice(draft),
    ],
  };
}
