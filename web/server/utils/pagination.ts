import type { H3Event } from 'h3';
import { z } from 'zod';
import type { Paginated } from '#shared/types/view-models';

const PageQuery = z.object({
  page: z.coerce
    .number({ error: 'page must be a whole number from 1' })
    .int('page must be a whole number from 1')
    .min(1, 'page must be a whole number from 1')
    .max(100_000, 'page must be a whole number from 1')
    .default(1),
});

/** The `page` query parameter; anything else is a 400 that says what to fix. */
export async function readPageQuery(event: H3Event): Promise<number> {
  return (await getValidatedQuery(event, validateWith(PageQuery))).page;
}

/** A page past the end is a 404, like any address that does not exist. */
export function pageOrNotFound<T>(list: Paginated<T>): Paginated<T> {
  if (list.page > list.pageCount) notFound('Page');
  return list;
}
