import type { H3Event } from 'h3';

/**
 * Preview mode for the therapist: a short-lived, signed, httpOnly cookie set by /preview after
 * the shared secret was checked. Readers never get it; a forged or expired one is ignored.
 */
export const PREVIEW_COOKIE = 'tend_preview';
const LIFETIME_SECONDS = 30 * 60;

export function createPreviewCookieValue(secret: string, now = Date.now()): string {
  const expires = String(now + LIFETIME_SECONDS * 1000);
  return `${expires}.${hmac(secret, `preview:${expires}`)}`;
}

export function isValidPreviewCookie(value: string | undefined, secret: string, now = Date.now()): boolean {
  if (!value || !secret) return false;
  const [expires, signature] = value.split('.');
  if (!expires || !signature || !/^\d+$/.test(expires) || Number(expires) < now) return false;
  return secretsMatch(signature, hmac(secret, `preview:${expires}`));
}

export function startPreview(event: H3Event): void {
  setCookie(event, PREVIEW_COOKIE, createPreviewCookieValue(useRuntimeConfig(event).previewSecret), {
    httpOnly: true,
    secure: getRequestProtocol(event) === 'https',
    sameSite: 'lax',
    path: '/',
    maxAge: LIFETIME_SECONDS,
  });
}

export function endPreview(event: H3Event): void {
  deleteCookie(event, PREVIEW_COOKIE, { path: '/' });
}

export function isPreviewRequest(event: H3Event): boolean {
  return event.context.preview === true;
}
