import path from 'node:path';

/**
 * Whether a request path would reach (or could be mistaken for) the content API under /api.
 * Koa's router matches routes without regard to case, and proxies and clients disagree on
 * percent-encoding, doubled slashes, dot segments and trailing dots. So the path is reduced to
 * one canonical form first, and anything whose first segment reads "api" counts: better to
 * refuse an odd-looking path than to let it answer differently from /api/….
 */
export function isContentApiPath(rawPath: string): boolean {
  const decoded = decodeRepeatedly(rawPath).replace(/\\/g, '/');
  const normalized = path.posix.normalize(`/${decoded}`);
  const firstSegment = normalized.split('/').find((segment) => segment.length > 0) ?? '';
  // "api;jsessionid=x", "api." and "api " are all read as "api" by some server or other.
  const name = (firstSegment.split(';')[0] ?? '').replace(/[.\s]+$/, '');
  return name.toLowerCase() === 'api';
}

/** %252F → %2F → "/": a path may have been encoded more than once on its way here. */
function decodeRepeatedly(value: string): string {
  let current = value;
  for (let round = 0; round < 5; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      // A malformed escape ("%zz"): keep what decoded so far rather than give up on the check.
      next = current.replace(/%2f/gi, '/').replace(/%5c/gi, '\\');
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}
