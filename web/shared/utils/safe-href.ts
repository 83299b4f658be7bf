/** Which links from the CMS may become an `href`, shared by the Blocks renderer's links and images. */

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Whether a link from the CMS may become an `href`: only http:, https:, mailto:, tel:, paths on
 * this site ("/…", but not the protocol-relative "//…" or "/\…") and fragments ("#…").
 *
 * Strict on purpose: control characters anywhere (browsers silently drop tabs and newlines, so
 * "java\tscript:" would run) and leading or trailing whitespace make a URL unsafe. Callers that
 * want to forgive stray spaces trim first (the link renderer does).
 */
export function isSafeHref(url: string): boolean {
  if (url === '' || url !== url.trim()) return false;
  if (hasControlCharacter(url)) return false;
  if (url.startsWith('#')) return true;
  if (url.startsWith('/')) return !url.startsWith('//') && !url.includes('\\');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || !SAFE_SCHEMES.has(scheme)) return false;
  if (scheme === 'http' || scheme === 'https') return URL.canParse(url);
  return true;
}

/** C0 controls (tab, newline, NUL, …), DEL and C1 controls. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** An absolute http(s) link, i.e. one that leaves the site and gets rel="noopener noreferrer". */
export function isExternalHref(url: string): boolean {
  return /^https?:/i.test(url);
}
