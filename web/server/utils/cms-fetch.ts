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

/** `published` for readers; `preview` reads drafts with the separate preview token. */
export type ContentMode = 'published' | 'preview';

/**
 * Reads published content from Strapi on the server, with the read-only token, and checks the
 * answer against the shared contract. Nothing from here reaches the browser but the parsed data.
 */
export async function cmsGet<Schema extends z.ZodType>(
  path: string,
  query: CmsQuery,
  schema: Schema,
  mode: ContentMode = 'published',
): Promise<z.infer<Schema>> {
  const config = useRuntimeConfig();
  const preview = mode === 'preview';
  const search = stringify({ ...query, status: preview ? 'draft' : 'published' }, { encodeValuesOnly: true });
  let body: unknown;
  try {
    body = await $fetch(`${path}?${search}`, {
      baseURL: config.cmsUrl,
      headers: { Authorization: `Bearer ${preview ? config.cmsPreviewToken : config.cmsReadToken}` },
      timeout: 8000,
      retry: 1,
    });
  } catch (error) {
    throw new CmsUnavailableError(`CMS request ${path} failed`, error);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success && preview) {
    // Drafts may be unfinished: tell the therapist what is missing instead of failing vaguely.
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.filter((part) => typeof part === 'string').pop()))];
    throw createError({
      statusCode: 422,
      statusMessage: `This draft cannot be previewed yet: check ${fields.filter(Boolean).join(', ') || 'its required fields'}.`,
    });
  }
  if (!parsed.success) {
    console.error(`[cms] ${path} does not match the contract:`, parsed.error.issues.slice(0, 5));
    throw new CmsUnavailableError(`CMS response for ${path} does not match the contract`);
  }
  return parsed.data;
}
