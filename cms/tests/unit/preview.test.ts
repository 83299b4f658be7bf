import { describe, expect, it } from 'vitest';
import { wantedWebhook } from '../../src/bootstrap/revalidation-webhook';
import { createPreviewConfig } from '../../src/preview/preview-config';
import { previewLinkSignature } from '../../src/preview/preview-link';
import { previewPath, previewSettingsFromEnv, previewUrl, webOrigin } from '../../src/preview/preview-url';

const env = (values: Record<string, string>) => (key: string): string | undefined => values[key];
const SECRET = 's3cret&x-long-enough-for-the-rule-0123456789';
const slugs = async (_uid: string, documentId: string) => (documentId === 'doc-1' ? 'feeling-low' : null);

describe('preview URLs', () => {
  it('point at the web entry point with the page path, an expiry and a signature, never the secret', () => {
    const now = Date.UTC(2026, 10, 30, 12, 0, 0);
    const url = previewUrl({ webUrl: 'https://therapy.example', secret: SECRET }, '/articles/feeling-low', now);
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe('https://therapy.example/preview');
    expect(url).not.toContain(encodeURIComponent(SECRET));
    expect(parsed.searchParams.get('secret')).toBeNull();
    expect(parsed.searchParams.get('path')).toBe('/articles/feeling-low');
    expect(parsed.searchParams.get('expires'), 'ten minutes from now, in seconds').toBe(String(now / 1000 + 600));
    expect(parsed.searchParams.get('signature')).toBe(previewLinkSignature(SECRET, '/articles/feeling-low', now / 1000 + 600));
  });

  it('sign the way the web checks (the same vector is in web/test/unit/preview-link.test.ts)', () => {
    expect(previewLinkSignature('a'.repeat(32), '/articles/feeling-low', 1_800_000_000)).toBe('0bInYNgTHCz0qKKVxNMFOvQaRvypbwJCEkhj9V1anZQ');
  });

  it('refuse a preview or webhook secret shorter than 32 characters, naming the variable', () => {
    expect(() => previewSettingsFromEnv(env({ TEND_WEB_URL: 'http://localhost:3000', TEND_PREVIEW_SECRET: 'x'.repeat(31) }))).toThrow(
      /TEND_PREVIEW_SECRET is 31 characters long; it must be at least 32/,
    );
    expect(() => wantedWebhook({ TEND_WEB_REVALIDATE_URL: 'http://localhost:3000/api/revalidate', TEND_REVALIDATE_SECRET: 'short' })).toThrow(
      /TEND_REVALIDATE_SECRET is 5 characters long; it must be at least 32/,
    );
    expect(wantedWebhook({ TEND_WEB_REVALIDATE_URL: 'http://localhost:3000/api/revalidate', TEND_REVALIDATE_SECRET: 'y'.repeat(32) })).not.toBeNull();
  });

  it('drop a trailing slash of TEND_WEB_URL and need both variables', () => {
    expect(previewSettingsFromEnv(env({ TEND_WEB_URL: 'http://localhost:3000/', TEND_PREVIEW_SECRET: SECRET }))).toEqual({
      webUrl: 'http://localhost:3000',
      secret: SECRET,
    });
    expect(previewSettingsFromEnv(env({ TEND_WEB_URL: 'http://localhost:3000' }))).toBeNull();
    expect(previewSettingsFromEnv(env({ TEND_PREVIEW_SECRET: SECRET }))).toBeNull();
  });

  it('map each content type to its page', async () => {
    expect(await previewPath('api::article.article', 'doc-1', slugs)).toBe('/articles/feeling-low');
    expect(await previewPath('api::topic.topic', 'doc-1', slugs)).toBe('/topics/feeling-low');
    expect(await previewPath('api::article.article', 'missing', slugs)).toBeNull();
    expect(await previewPath('api::practice.practice', undefined, slugs)).toBe('/about');
    expect(await previewPath('api::site.site', undefined, slugs)).toBe('/');
    expect(await previewPath('api::crisis-support.crisis-support', undefined, slugs)).toBe('/');
    expect(await previewPath('api::enquiry.enquiry', 'doc-1', slugs)).toBeNull();
  });

  it('refuse a TEND_WEB_URL that is not a URL', () => {
    expect(webOrigin('http://localhost:3000/some/path')).toBe('http://localhost:3000');
    expect(() => webOrigin('localhost:3000 oops')).toThrow(/TEND_WEB_URL/);
  });
});

describe('the preview configuration', () => {
  it('is off, with a handler that answers null, when the website is not configured', async () => {
    const incomplete: Array<Record<string, string>> = [{}, { TEND_WEB_URL: 'http://localhost:3000' }, { TEND_PREVIEW_SECRET: SECRET }];
    for (const values of incomplete) {
      const config = createPreviewConfig(env(values), slugs);
      expect(config.enabled).toBe(false);
      expect(config.config.allowedOrigins).toEqual([]);
      expect(await config.config.handler('api::practice.practice', { documentId: 'doc-1' })).toBeNull();
    }
  });

  it('is on and allows the website origin when configured', async () => {
    const config = createPreviewConfig(env({ TEND_WEB_URL: 'http://localhost:3000', TEND_PREVIEW_SECRET: SECRET }), slugs);
    expect(config.enabled).toBe(true);
    expect(config.config.allowedOrigins).toEqual(['http://localhost:3000']);
    const url = new URL(String(await config.config.handler('api::article.article', { documentId: 'doc-1' })));
    expect(url.origin + url.pathname).toBe('http://localhost:3000/preview');
    expect(url.searchParams.get('path')).toBe('/articles/feeling-low');
    expect(url.searchParams.get('signature')).toMatch(/^[\w-]{43}$/);
  });
});
