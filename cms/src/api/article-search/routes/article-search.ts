/**
 * `GET /api/article-search?q=…&page=N`: ranked full-text search over published articles.
 * A content-API route like the others: the website's read token carries its permission
 * (src/auth/api-token-specs.ts); anonymous callers are refused before routing.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/article-search',
      handler: 'article-search.find',
      config: { policies: [] },
    },
  ],
};
