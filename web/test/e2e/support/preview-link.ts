// The therapist's way into preview, made here the way the cms and the web document it (not by
// importing their code): a signed link (path + expiry) and the cookie the web sets after it.
import { createHmac, hkdfSync } from 'node:crypto';

const key = (secret: string, purpose: string): Buffer => Buffer.from(hkdfSync('sha256', secret, '', purpose, 32));

/** `/preview?path=…&expires=…&signature=…`, valid for `seconds` (the cms makes ten minutes). */
export function signedPreviewPath(secret: string, path: string, seconds = 600): string {
  const expires = Math.floor(Date.now() / 1000) + seconds;
  const signature = createHmac('sha256', key(secret, 'tend preview link')).update(`${path}\n${expires}`).digest('base64url');
  return `/preview?${new URLSearchParams({ path, expires: String(expires), signature })}`;
}

/** The preview cookie's value: `<expiry ms>.<HMAC(cookie key, "preview:<expiry>")>`. */
export function signedPreviewCookie(secret: string, expiresAtMs: number): string {
  return `${expiresAtMs}.${createHmac('sha256', key(secret, 'tend preview cookie')).update(`preview:${expiresAtMs}`).digest('base64url')}`;
}
