import { ArticleSearchResponseSchema } from '@tend/shared-types';
import { z } from 'zod';
import type { SearchPage } from '#shared/types/view-models';

const SearchQuery = z.object({
  q: z.string().trim().max(200, 'Please keep the search under 200 characters.').default(''),
});

/**
 * One page of ranked results from the CMS's search index (GET /api/article-search), which every
 * web server shares. Recent answers are kept in memory (bounded: queries come from readers) until
 * a publish changes the lists; the page itself is never stored in the page cache.
 */
const recentAnswers = defineRecentAnswers<SearchPage>(500);
export default defineCmsHandler(async (event): Promise<SearchPage> => {
  const query = (await getValidatedQuery(event, validateWith(SearchQuery))).q;
  const page = await readPageQuery(event);
  if (!query) return { query, page, pageCount: 0, total: 0, results: [] };

  const key = `${page}:${query.toLowerCase()}`;
  const recent = await recentAnswers.get(key);
  if (recent) return { ...recent, query };
  const response = await cmsGet('/api/article-search', { q: query, page }, ArticleSearchResponseSchema);
  const answer: SearchPage = {
    query,
    page: response.meta.page,
    pageCount: response.meta.pageCount,
    total: response.meta.total,
    results: response.data.map(({ slug, title, excerpt, publishedAt, snippet }) => ({ slug, title, excerpt, publishedAt, snippet })),
  };
  await recentAnswers.set(key, answer, [CACHE_TAGS.allLists]);
  return answer;
});
