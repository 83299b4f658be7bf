import { describe, expect, it } from 'vitest';
import { checkPreviewLink, previewLinkSignature } from '../../server/utils/preview-link';
import { createPreviewCookieValue, isValidPreviewCookie } from '../../server/utils/preview-session';

const SECRET = 'a'.repeat(32);
const NOW = 1_800_000_000_000;
const link = (path: string, expires: number, secret = SECRET) => ({ path, expires: String(expires), signature: previewLinkSignature(secret, path, expires) });

describe('preview links', () => {
  it('sign the way the cms does (the same vector is in cms/tests/unit/preview.test.ts)', () => {
    expect(previewLinkSignature(SECRET, '/articles/feeling-low', 1_800_000_000)).toBe('0bInYNgTHCz0qKKVxNMFOvQaRvypbwJCEkhj9V1anZQ');
  });

  it('open the page they name until they expire', () => {
    expect(checkPreviewLink(link('/articles/a', NOW / 1000 + 600), SECRET, NOW)).toEqual({ valid: true, path: '/articles/a' });
    expect(checkPreviewLink(link('/articles/a', NOW / 1000 - 1), SECRET, NOW)).toEqual({ valid: false, reason: 'expired' });
  });

  it('refuse forged, altered, foreign-signed, far-future and secret-carrying links', () => {
    const good = link('/articles/a', NOW / 1000 + 600);
    const refused = [
      { ...good, path: '/articles/b' },
      { ...good, expires: String(NOW / 1000 + 900) },
      link('/articles/a', NOW / 1000 + 600, 'b'.repeat(32)),
      { path: '/articles/a', secret: SECRET },
      { ...good, signature: '' },
      {},
    ];
    for (const query of refused) expect(checkPreviewLink(query, SECRET, NOW), JSON.stringify(query)).toMatchObject({ valid: false, reason: 'invalid' });
    expect(checkPreviewLink(link('/articles/a', NOW / 1000 + 24 * 3600), SECRET, NOW), 'a day ahead: not made by the cms').toEqual({ valid: false, reason: 'expired' });
    expect(checkPreviewLink(good, '', NOW), 'no secret configured').toMatchObject({ valid: false });
  });
});

describe('the preview cookie', () => {
  it('lasts 30 minutes, and no longer whatever its expiry says', () => {
    const value = createPreviewCookieValue(SECRET, NOW);
    expect(isValidPreviewCookie(value, SECRET, NOW + 29 * 60_000)).toBe(true);
    expect(isValidPreviewCookie(value, SECRET, NOW + 31 * 60_000)).toBe(false);
    // Signed with the right key but made to last a day (a leaked key, or a client's own clock): refused.
    const stretched = createPreviewCookieValue(SECRET, NOW + 24 * 3600_000);
    expect(isValidPreviewCookie(stretched, SECRET, NOW)).toBe(false);
  });

  it('is not signed with the preview secret itself, nor valid under another secret', () => {
    const value = createPreviewCookieValue(SECRET, NOW);
    expect(isValidPreviewCookie(value, 'b'.repeat(32), NOW)).toBe(false);
    expect(value.split('.')[1]).not.toBe(previewLinkSignature(SECRET, 'preview', Number(value.split('.')[0])));
  });
});
