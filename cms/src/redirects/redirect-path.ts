/**
 * Web addresses as a redirect stores them: a path on this site, written one way only, so that
 * "/blog/panic/", "https://old-site.example/blog/panic" and "blog/panic" are the same old address
 * and the website can find it with one exact lookup.
 *
 * - leading "/", no scheme or host (pasted full addresses keep only their path), no "#fragment";
 * - no trailing "/" except for the home page "/"; repeated "/" become one;
 * - the query is kept only for numbered legacy addresses such as WordPress's "?p=123" or
 *   "?page_id=7" (one parameter, digits only): any other query is dropped.
 */
export type PathResult = { ok: true; path: string } | { ok: false; message: string };

const LEGACY_QUERY = /^[a-z_]{1,20}=[0-9]{1,12}$/i;
const UNSAFE = /[\s<>"'`\\^{}|]/;

export function normaliseSitePath(input: string, { keepLegacyQuery }: { keepLegacyQuery: boolean }): PathResult {
  let text = input.trim();
  if (text === '') return { ok: false, message: 'Please fill in an address, starting with /.' };
  // A pasted full address keeps only its path: redirects only ever point within this site.
  const withHost = /^(?:https?:)?\/\/[^/?#]*(.*)$/i.exec(text);
  if (withHost) text = withHost[1] ?? '';
  text = text.split('#')[0] ?? '';
  const [rawPath = '', ...queryParts] = text.split('?');
  const query = queryParts.join('?');
  if (UNSAFE.test(rawPath)) {
    return { ok: false, message: `"${input.trim()}" contains spaces or characters a web address cannot have. Use letters, numbers, - and /.` };
  }
  let path = `/${rawPath}`.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (path === '') path = '/';
  const legacy = keepLegacyQuery && LEGACY_QUERY.test(query) ? `?${query}` : '';
  return { ok: true, path: `${path}${legacy}` };
}

/** The path part alone (no query), as the website's router sees it. */
export function pathOnly(path: string): string {
  return path.split('?')[0] ?? path;
}
