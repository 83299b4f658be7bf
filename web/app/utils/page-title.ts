/** A page's title as browsers and search results show it: the page, then the practice's site. */
export function pageTitle(title: string, siteName: string | null | undefined): string {
  if (!siteName || title === siteName) return title;
  return `${title} · ${siteName}`;
}
