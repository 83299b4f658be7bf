import { z } from 'zod';
import type { Paginated } from '#shared/types/view-models';

const PageQuery = z.object({
  page: z.coerce
    .number({ error: 'page must be a whole number from 1' })
    .int('page must be a whole number from 1')
    .min(1, 'page must be a whole number from 1')
    .default(1),
});

export function readPageQuery(query: unknown): number {
  const parsed = PageQuery.safeParse(query);
  if (!parsed.success) {
    throw createError({ statusCode: 400, statusMessage: parsed.error.issues[0]?.message ?? 'Invalid page' });
  }
  return parsed.data.page;
}

/** One page of a list; a page past the end is a 404, like any address that does not exist. */
export function paginate<T>(items: T[], page: number, pageSize: number): Paginated<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  if (page > pageCount) notFound('Page');
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageCount, total: items.length };
}
