import { createHmac } from 'node:crypto';
import type { H3Event } from 'h3';
import { derivedKey } from './preview-link';
import { secretsMatch } from './secrets';

/**
 * Preview mode for the therapist: a short-lived, signed, httpOnly cookie set by /preview after
 * the dashboard's signed link was checked. Readers never get it; a forged or expired one is ignored.
 *
 * Value: `<expiry ms>.<HMAC-SHA256(cookie key, "preview:<expiry>") base64url>`, the key derived from
 * the preview secret (preview-link.ts). An expiry further away than the 30 minutes this server
 * ever grants is refused too, whoever signed it: a session cannot be stretched.
 *
 * Why not h3's sealed sessions (`useSession`): this value holds nothing but its expiry, is checked
 * on every request without decryption, and its 30-minute cap is enforced here on each check.
 */
export const PREVIEW_COOKIE = 'tend_preview';
export const PREVIEW_LIFETIME_SECONDS = 30 * 60;
/** Servers sharing the work may disagree on the time by this much. */
const CLOCK_SKEW_MS = 5_000;

const cookieSignature = (secret: string, expires: string): string =>
  createHmac('sha256', derivedKey(secret, 'tend preview cookie')).update(`preview:${expires}`).digest('base64url');

export function createPreviewCookieValue(secret: string, now = Date.now()): string {
  const expires = String(now + PREVIEW_LIFETIME_SECONDS * 1000);
  return `${expires}.${cookieSignature(secret, expires)}`;
}

export function isValidPreviewCookie(value: string | undefined, secret: string, now = Date.now()): boolean {
  if (!value || !secret) return false;
  const [expires, signature] = value.split('.');
  if (!expires || !signature || !/^\d{1,15}$/.test(expires)) return false;
  const at = Number(expires);
  if (at < now || at > now + PREVIEW_LIFETIME_SECONDS * 1000 + CLOCK_SKEW_MS) return false;
  return secretsMatch(signature, cookieSignature(secret, expires));
}

export function startPreview(event: H3Event): void {
  setCookie(event, PREVIEW_COOKIE, createPreviewCookieValue(useRuntimeConfig(event).previewSecret), {
    httpOnly: true,
    secure: getRequestProtocol(event) === 'https',
    sameSite: 'lax',
    path: '/',
    maxAge: PREVIEW_LIFETIME_SECONDS,
  });
}

export function endPreview(event: H3Event): void {
  deleteCookie(event, PREVIEW_COOKIE, { path: '/' });
}

/** `context.preview` is `true` or absent (typed in server/types/h3.d.ts). */
export function isPreviewRequest(event: H3Event): boolean {
  return event.context.preview ?? false;
}
