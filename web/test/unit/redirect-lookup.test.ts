import { describe, expect, it } from 'vitest';
import { redirectLookupKeys } from '../../server/utils/redirect-lookup';

describe('the addresses a visit is looked up under in the redirect table', () => {
  it('ignores a trailing slash and doubled slashes, as the cms stores addresses without them', () => {
    expect(redirectLookupKeys('/blog/coping-with-panic/')).toEqual(['/blog/coping-with-panic']);
    expect(redirectLookupKeys('//blog//panic')).toEqual(['/blog/panic']);
    expect(redirectLookupKeys('/')).toEqual(['/']);
  });

  it('tries a numbered legacy address with its parameter first, then the path alone', () => {
    expect(redirectLookupKeys('/?p=123&utm_source=mail')).toEqual(['/?p=123', '/']);
    expect(redirectLookupKeys('/blog/?page_id=7')).toEqual(['/blog?page_id=7', '/blog']);
    expect(redirectLookupKeys('/blog?s=anxiety')).toEqual(['/blog']);
  });

  it('matches addresses typed with accents however the browser encoded them', () => {
    expect(redirectLookupKeys('/caf%C3%A9')).toEqual(['/caf%C3%A9', '/café']);
    expect(redirectLookupKeys('/bad%E0%A4%A')).toEqual(['/bad%E0%A4%A']);
  });
});
