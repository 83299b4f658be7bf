// Reading paginated pages the way a reader without JavaScript does: plain HTML, following the
// "Next page" link (rel="next") until there is none.
import { get, hrefs } from './http';

export interface WalkedPage {
  path: string;
  /** Articles linked in the page's main content, in order (duplicates kept: they are a bug). */
  slugs: string[];
  html: string;
}

/** The page's <main> only: header and footer links are not the list. */
export function mainHtml(html: string): string {
  return /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
}

/** `/articles/<slug>` links inside <main>, in document order (a card or a result links once). */
export function linkedArticles(html: string): string[] {
  return hrefs(mainHtml(html))
    .map((href) => /^\/articles\/([^/?#]+)$/.exec(href)?.[1])
    .filter((slug): slug is string => !!slug);
}

/** The href of the page's rel="next" link, or null on the last page. */
export function nextPageLink(html: string): string | null {
  const tag = [...mainHtml(html).matchAll(/<a\b[^>]*>/g)].map((m) => m[0]).find((a) => /\brel="next"/.test(a));
  return tag ? (/\bhref="([^"]*)"/.exec(tag)?.[1]?.replace(/&amp;/g, '&') ?? null) : null;
}

export function hasPrevLink(html: string): boolean {
  return [...mainHtml(html).matchAll(/<a\b[^>]*>/g)].some((m) => /\brel="prev"/.test(m[0]));
}

/** Every page from `firstPath` on, through the Next links (refuses to loop forever). */
export async function walkPages(webUrl: string, firstPath: string, maxPages = 500): Promise<WalkedPage[]> {
  const pages: WalkedPage[] = [];
  let path: string | null = firstPath;
  while (path) {
    if (pages.length >= maxPages) throw new Error(`more than ${maxPages} pages from ${firstPath}`);
    const page = await get(webUrl, path);
    if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
    pages.push({ path, slugs: linkedArticles(page.text), html: page.text });
    path = nextPageLink(page.text);
  }
  return pages;
}

/** Slugs listed more than once across the walk. */
export function repeated(slugs: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(slugs.filter((slug) => seen.has(slug) || !seen.add(slug)))];
}
