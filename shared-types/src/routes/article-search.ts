import { z } from 'zod';

/**
 * `GET /api/article-search?q=…&page=N`: the cms's own search route (cms/src/api/article-search),
 * written by hand because no content-type schema describes it. Ten ranked articles a page.
 */

/** A piece of the passage around a match: `match` pieces are the words the query found. */
export const SnippetSegmentSchema = z.strictObject({
  text: z.string(),
  match: z.boolean(),
});

export const ArticleSearchHitSchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  excerpt: z.string(),
  publishedAt: z.iso.datetime(),
  snippet: z.array(SnippetSegmentSchema),
});

export const ARTICLE_SEARCH_PAGE_SIZE = 10;

export const ArticleSearchResponseSchema = z.strictObject({
  data: z.array(ArticleSearchHitSchema),
  meta: z.strictObject({
    total: z.int().min(0),
    page: z.int().min(1),
    /** 0 when nothing matches; a page past the end has no data but the same total and pageCount. */
    pageCount: z.int().min(0),
    pageSize: z.literal(ARTICLE_SEARCH_PAGE_SIZE),
  }),
});

export type SnippetSegment = z.infer<typeof SnippetSegmentSchema>;
export type ArticleSearchHit = z.infer<typeof ArticleSearchHitSchema>;
export type ArticleSearchResponse = z.infer<typeof ArticleSearchResponseSchema>;
