import { describe, expect, it } from 'vitest';
import { isContentApiPath } from '../../src/auth/content-api-path';

describe('what counts as a content-API path', () => {
  it.each([
    '/api/articles',
    '/api',
    '/API/articles',
    '/aPi/Topics',
    '//api/articles',
    '///api',
    '/./api/articles',
    '/admin/../api/articles',
    '/api%2Farticles',
    '/api%2farticles',
    '/api%252Farticles',
    '/%61%70%69/articles',
    '/api./articles',
    '/api../articles',
    '/api%20/articles',
    '/api;jsessionid=1/articles',
    '\\api\\articles',
    '/api%5Carticles',
    '/api/articles%zz',
    '/API/articles%zz%2F',
  ])('%s is', (path) => {
    expect(isContentApiPath(path)).toBe(true);
  });

  it.each(['/', '/admin', '/admin/init', '/uploads/api.png', '/apis', '/api-docs', '/_health', '/documentation/api'])(
    '%s is not',
    (path) => {
      expect(isContentApiPath(path)).toBe(false);
    },
  );
});
