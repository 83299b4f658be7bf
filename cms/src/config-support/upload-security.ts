/**
 * What the media library accepts: photos and PDFs, nothing that a browser could run. An SVG or an
 * HTML file can carry script, so it is refused when uploaded rather than defused when served.
 * The upload plugin (5.54) checks each file's content as well as its name and declared type, and
 * answers 400 "File type '…' is not allowed", which the dashboard shows beside the file.
 */
export const ALLOWED_UPLOAD_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'application/pdf',
];

/** Refused even if the allow list above is ever widened with a wildcard such as image/*. */
export const DENIED_UPLOAD_TYPES = ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'application/xml', 'text/xml'];
