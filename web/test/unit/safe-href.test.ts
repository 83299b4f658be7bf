import { describe, expect, it } from 'vitest';
import { isExternalHref, isSafeHref } from '../../shared/utils/safe-href';

describe('isSafeHref', () => {
  it.each([
    'https://www.nhs.uk/mental-health/',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/',
    'mailto:hello@example.org',
    'mailto:hello@example.org?subject=A%20question',
    'tel:+442071234567',
    '/articles/is-it-okay-to-cry',
    '/',
    '/media/leaflet.pdf#page=2',
    '#why',
  ])('allows %j', (url) => {
    expect(isSafeHref(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://example.org'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['java\rscript:alert(1)'],
    ['java\u0000script:alert(1)'],
    [' javascript:alert(1)'],
    ['\u00A0javascript:alert(1)'],
    ['\u200Bjavascript:alert(1)'],
    ['https://example.org\n'],
    ['//evil.example'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['javascript&colon;alert(1)'],
    ['www.example.org'],
    ['articles/relative'],
    ['?q=1'],
    ['https://'],
    [''],
  ])('refuses %j', (url) => {
    expect(isSafeHref(url)).toBe(false);
  });
});

describe('isExternalHref', () => {
  it.each([
    ['https://example.org', true],
    ['HTTP://example.org', true],
    ['/articles', false],
    ['#why', false],
    ['mailto:a@example.org', false],
  ])('%j → %s', (url, external) => {
    expect(isExternalHref(url)).toBe(external);
  });
});
