import { z } from 'zod';

/** What an article or topic slug may be: the one rule for addresses, queries and webhooks. */
export const SlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/);

/** Slugs are checked before anything is fetched, so random addresses cost nothing. */
export function readSlugParam(value: string | undefined): string {
  const parsed = SlugSchema.safeParse(value);
  return parsed.success ? parsed.data : notFound('Page');
}
