import { ArticleSearchResponseSchema } from '@tend/shared-types';
import { z } from 'zod';
import type { SearchPage } from '#shared/types/view-models';

const SearchQuery = z.object({
  q: z.string().trim().max(200, 'Please keep the search under 200 characters.').default(''),
});

/**
 * One page of ranked results from the CMS's search index (GET /api/article-search), which every
 * web server shares. Not cached here: the index answers in milliseconds and is always current.
 */
export default defineCmsHandler(async (event): Promise<SearchPage> => {
  const raw = getQuery(event);
  const parsed = SearchQuery.safeParse(raw);
  if (!parsed.success) throw createError({ statusCode: 400, statusMessage: parsed.error.issues[0]?.message });
  const page = readPageQuery(raw);
  const query = parsed.data.q;
  if (!query) return { query, page, pageCount: 0, total: 0, results: [] };

  const response = await cmsGet('/api/article-search', { q: query, page }, ArticleSearchResponseSchema);
  return {
    query,
    page: response.meta.page,
    pageCount: response.meta.pageCount,
    total: response.meta.total,
    results: response.data.map(({ slug, title, excerpt, publishedAt, snippet }) => ({ slug, title, excerpt, publishedAt, snippet })),
  };
});
