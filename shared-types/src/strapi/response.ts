import { z } from 'zod';

/** `meta.pagination` of a collection response (page-based pagination). */
export const PaginationSchema = z.object({
  page: z.int().min(1),
  pageSize: z.int().min(0),
  pageCount: z.int().min(0),
  total: z.int().min(0),
});

export type Pagination = z.infer<typeof PaginationSchema>;

/** `GET /api/<pluralName>`: a page of entries plus pagination. */
export function collectionResponse<Item extends z.ZodType>(item: Item) {
  return z.object({
    data: z.array(item),
    meta: z.object({ pagination: PaginationSchema }),
  });
}

/** `GET /api/<singularName>` (single type) or `GET /api/<pluralName>/:documentId`. */
export function singleResponse<Item extends z.ZodType>(item: Item) {
  return z.object({
    data: item,
    // Strapi sends `meta: {}` here; any keys it may add later are ignored.
    meta: z.object({}),
  });
}

export type CollectionResponse<Item> = { data: Item[]; meta: { pagination: Pagination } };
export type SingleResponse<Item> = { data: Item; meta: Record<string, unknown> };

/** One problem listed by a `ValidationError` in `error.details.errors`. */
export const StrapiValidationIssueSchema = z.looseObject({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  name: z.string(),
});

/** The body of every Strapi error response (4xx/5xx). */
export const StrapiErrorSchema = z.object({
  data: z.null(),
  error: z.object({
    status: z.int(),
    name: z.string(),
    message: z.string(),
    details: z.looseObject({ errors: z.array(StrapiValidationIssueSchema).optional() }).optional(),
  }),
});

export type StrapiValidationIssue = z.infer<typeof StrapiValidationIssueSchema>;
export type StrapiError = z.infer<typeof StrapiErrorSchema>;
