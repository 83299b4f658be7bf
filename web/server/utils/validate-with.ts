import type { z } from 'zod';

/**
 * A validator for h3's `getValidatedQuery` / `getValidatedRouterParams`: h3 answers 400 with the
 * thrown message, so the first zod issue (written for the reader) becomes what to fix.
 */
export function validateWith<Schema extends z.ZodType>(schema: Schema): (data: unknown) => z.infer<Schema> {
  return (data) => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Invalid request');
    return parsed.data;
  };
}
