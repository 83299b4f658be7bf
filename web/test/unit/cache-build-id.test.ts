import { describe, expect, it } from 'vitest';
import { buildIdForCache } from '../../server/utils/cache-build-id';

describe('the build a cache entry belongs to', () => {
  it('is the production build id, so a deploy never serves entries of the previous build', () => {
    expect(buildIdForCache('4f1c2a')).toBe('4f1c2a');
  });

  it('in development changes with every server start, so an edited view model is never served in its old shape', () => {
    expect(buildIdForCache('dev', 'dev-start-1')).not.toBe(buildIdForCache('dev', 'dev-start-2'));
    expect(buildIdForCache(undefined, 'dev-start-1')).toBe('dev-start-1');
  });
});
