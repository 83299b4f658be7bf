/**
 * What /media may show in the reader's browser. Only these types are shown inline; anything else
 * a dashboard user uploaded (SVG, HTML, …) could carry script that would run on this site's
 * origin, so it is offered as a download, sandboxed, with its type never sniffed.
 */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf']);

export function isInlineMediaType(contentType: string): boolean {
  return INLINE_TYPES.has(contentType.split(';')[0]!.trim().toLowerCase());
}

/** Headers for an original from /uploads/: inline for the types above, a sandboxed download otherwise. */
export function mediaTypeHeaders(file: string, contentType: string): Record<string, string> {
  if (isInlineMediaType(contentType)) return { 'content-type': contentType, 'x-content-type-options': 'nosniff' };
  return {
    'content-type': contentType || 'application/octet-stream',
    'content-disposition': `attachment; filename="${file}"`,
    'content-security-policy': 'default-src \'none\'; sandbox',
    'x-content-type-options': 'nosniff',
  };
}
