import { stringify } from 'qs';
import type { z } from 'zod';

export type CmsQuery = Record<string, unknown>;

/** The CMS did not answer, or answered something we cannot use: pages turn this into a calm 503. */
export class CmsUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'CmsUnavailableError';
  }
}

/**
 * Reads published content from Strapi on the server, with the read-only token, and checks the
 * answer against the shared contract. Nothing from here reaches the browser but the parsed data.
 */
export async function cmsGet<Schema extends z.ZodType>(
  path: string,
  query: CmsQuery,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const config = useRuntimeConfig();
  const search = stringify({ ...query, status: 'published' }, { encodeValuesOnly: true });
  let body: unknown;
  try {
    body = await $fetch(`${path}?${search}`, {
      baseURL: config.cmsUrl,
      headers: { Authorization: `Bearer ${config.cmsReadToken}` },
      timeout: 8000,
      retry: 1,
    });
  } catch (error) {
    throw new CmsUnavailableError(`CMS request ${path} failed`, error);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error(`[cms] ${path} does not match the contract:`, parsed.error.issues.slice(0, 5));
    throw new CmsUnavailableError(`CMS response for ${path} does not match the contract`);
  }
  return parsed.data;
}
