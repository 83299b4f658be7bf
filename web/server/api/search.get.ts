import { z } from 'zod';
import type { SearchResult } from '#shared/types/view-models';

// Interim: the search engine (issue #9) replaces this; the whole-archive in-memory index is gone.
const SearchQuery = z.object({
  q: z.string().trim().max(200, 'Please keep the search under 200 characters.').default(''),
});

export default defineCmsHandler(async (event): Promise<{ query: string; results: SearchResult[] }> => {
  const parsed = SearchQuery.safeParse(getQuery(event));
  if (!parsed.success) throw createError({ statusCode: 400, statusMessage: parsed.error.issues[0]?.message });
  return { query: parsed.data.q, results: [] };
});
