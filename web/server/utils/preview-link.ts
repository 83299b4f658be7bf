import { createHmac, hkdfSync } from 'node:crypto';
import { secretsMatch } from './secrets';

/**
 * The dashboard's "Open preview" link: `/preview?path=…&expires=…&signature=…`, made by the cms
 * (cms/src/preview/preview-link.ts) with a key derived from the shared preview secret. The secret
 * itself never travels: a leaked link works only until it expires, for the page it names.
 *
 * Key: HKDF-SHA256(secret, info "tend preview link"); signature: HMAC-SHA256(key, "<path>\n<expires>"),
 * base64url; `expires` is a Unix time in seconds. The preview cookie is signed with another key
 * derived from the same secret (preview-session.ts), so neither can stand in for the other.
 */
export type PreviewLinkCheck = { valid: true; path: string } | { valid: false; reason: 'expired' | 'invalid' };

/** The cms makes links valid for ten minutes; a little clock skew between the servers is allowed. */
const LONGEST_LINK_SECONDS = 10 * 60 + 60;

export function derivedKey(secret: string, purpose: 'tend preview link' | 'tend preview cookie'): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', purpose, 32));
}

export function previewLinkSignature(secret: string, path: string, expires: number): string {
  return createHmac('sha256', derivedKey(secret, 'tend preview link')).update(`${path}\n${expires}`).digest('base64url');
}

const single = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function checkPreviewLink(query: Record<string, unknown>, secret: string, now = Date.now()): PreviewLinkCheck {
  const path = single(query.path);
  const expires = single(query.expires);
  const signature = single(query.signature);
  if (!secret || !path || !expires || !signature || !/^\d{1,12}$/.test(expires)) return { valid: false, reason: 'invalid' };
  if (!secretsMatch(signature, previewLinkSignature(secret, path, Number(expires)))) return { valid: false, reason: 'invalid' };
  const seconds = Number(expires) - now / 1000;
  // A link from the future (beyond what the cms makes) was not made by the cms's clock: refuse it.
  if (seconds < 0 || seconds > LONGEST_LINK_SECONDS) return { valid: false, reason: 'expired' };
  return { valid: true, path };
}
