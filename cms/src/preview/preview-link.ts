import { createHmac, hkdfSync } from 'node:crypto';

/**
 * The dashboard's "Open preview" link carries no secret: it names the page and an expiry, signed
 * with a key derived from TEND_PREVIEW_SECRET. A link that leaks (browser history, a screenshot,
 * a proxy log) opens the preview only until it expires and never reveals the secret. The web
 * (web/server/utils/preview-link.ts) derives the same key and checks the signature.
 *
 * Key: HKDF-SHA256(secret, info "tend preview link"); signature: HMAC-SHA256(key, "<path>\n<expires>"),
 * base64url; `expires` is a Unix time in seconds.
 */
export const PREVIEW_LINK_LIFETIME_SECONDS = 10 * 60;

export function previewLinkKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', 'tend preview link', 32));
}

export function previewLinkSignature(secret: string, path: string, expires: number): string {
  return createHmac('sha256', previewLinkKey(secret)).update(`${path}\n${expires}`).digest('base64url');
}

/** The query string of a preview link for `path`, valid for ten minutes from `now`. */
export function signedPreviewQuery(secret: string, path: string, now = Date.now()): URLSearchParams {
  const expires = Math.floor(now / 1000) + PREVIEW_LINK_LIFETIME_SECONDS;
  return new URLSearchParams({ path, expires: String(expires), signature: previewLinkSignature(secret, path, expires) });
}
