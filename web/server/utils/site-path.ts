/** A path inside this site (no scheme, no host, no "//" or backslash tricks), or null. */
export function safeSitePath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return /^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/.test(value) ? value : null;
}
