import { describe, expect, it } from 'vitest';
import { createPreviewConfig } from '../../src/preview/preview-config';
import { previewPath, previewSettingsFromEnv, previewUrl, webOrigin } from '../../src/preview/preview-url';

const env = (values: Record<string, string>) => (key: string): string | undefined => values[key];
const slugs = async (_uid: string, documentId: string) => (documentId === 'doc-1' ? 'feeling-low' : null);

describe('preview URLs', () => {
  it('point at the web entry point with the secret and the page path', () => {
    const url = previewUrl({ webUrl: 'https://therapy.example', secret: 's3cret&x' }, '/articles/feeling-low');
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe('https://therapy.example/preview');
    expect(parsed.searchParams.get('secret')).toBe('s3cret&x');
    expect(parsed.searchParams.get('path')).toBe('/articles/feeling-low');
  });

  it('drop a trailing slash of TEND_WEB_URL and need both variables', () => {
    expect(previewSettingsFromEnv(env({ TEND_WEB_URL: 'http://localhost:3000/', TEND_PREVIEW_SECRET: 'x' }))).toEqual({
      webUrl: 'http://localhost:3000',
      secret: 'x',
    });
    expect(previewSettingsFromEnv(env({ TEND_WEB_URL: 'http://localhost:3000' }))).toBeNull();
    expect(previewSettingsFromEnv(env({ TEND_PREVIEW_SECRET: 'x' }))).toBeNull();
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
    const incomplete: Array<Record<string, string>> = [{}, { TEND_WEB_URL: 'http://localhost:3000' }, { TEND_PREVIEW_SECRET: 'x' }];
    for (const values of incomplete) {
      const config = createPreviewConfig(env(values), slugs);
      expect(config.enabled).toBe(false);
      expect(config.config.allowedOrigins).toEqual([]);
      expect(await config.config.handler('api::practice.practice', { documentId: 'doc-1' })).toBeNull();
    }
  });

  it('is on and allows the website origin when configured', async () => {
    const config = createPreviewConfig(env({ TEND_WEB_URL: 'http://localhost:3000', TEND_PREVIEW_SECRET: 'x' }), slugs);
    expect(config.enabled).toBe(true);
    expect(config.config.allowedOrigins).toEqual(['http://localhost:3000']);
    expect(await config.config.handler('api::article.article', { documentId: 'doc-1' })).toBe(
      'http://localhost:3000/preview?secret=x&path=%2Farticles%2Ffeeling-low',
    );
  });
});
