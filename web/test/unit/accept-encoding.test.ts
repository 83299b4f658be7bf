import { describe, expect, test } from 'vitest';
import { preferredEncoding } from '../../server/utils/accept-encoding';

describe('choosing the response encoding from Accept-Encoding', () => {
  test.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['identity', null],
    ['', null],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    [' GZIP ; q=0.5 ', 'gzip'],
  ])('%j → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
