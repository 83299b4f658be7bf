import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from './indexer';
import { isEmptyQuery, MIN_PREFIX_LENGTH, type ParsedQuery } from './query-parser';
import type { SearchStore, StoreHit, StoreQuery, TermMatch } from './search-store';
import { snippetSegments, type SnippetSegment } from './snippet';
import { storeFor } from './store-for';
import { allowedEdits, closestWords } from './typo';

export const PAGE_SIZE = 10;

export interface ArticleSearchHit {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  snippet: SnippetSegment[];
}

export interface ArticleSearchResult {
  data: ArticleSearchHit[];
  meta: { total: number; page: number; pageCount: number; pageSize: number };
}

function storeQuery(parsed: ParsedQuery): StoreQuery {
  return {
    terms: parsed.terms.map((word) => ({ alternatives: [word], prefix: word.length >= MIN_PREFIX_LENGTH })),
    phrases: parsed.phrases,
  };
}

/**
 * When nothing matches, each word that matches nothing on its own is replaced by the indexed
 * words closest to it ("anxeity" → "anxiety"). Null when no word could be corrected.
 */
async function corrected(store: SearchStore, query: StoreQuery): Promise<StoreQuery | null> {
  let changed = false;
  const terms: TermMatch[] = [];
  for (const term of query.terms) {
    const [word] = term.alternatives;
    if (word === undefined || (await store.matches(term))) {
      terms.push(term);
      continue;
    }
    const candidates = closestWords(word, await store.wordsNear(word, allowedEdits(word)));
    if (candidates.length === 0) return null;
    terms.push({ alternatives: candidates, prefix: false });
    changed = true;
  }
  return changed ? { terms, phrases: query.phrases } : null;
}

interface LiveArticle {
  documentId: string;
  slug: string;
  title: string;
  excerpt: string | null;
  publishedAt: string | Date;
}

/** Titles, addresses and dates come from the published articles themselves, never from a stale copy. */
async function withArticles(strapi: Core.Strapi, hits: StoreHit[]): Promise<ArticleSearchHit[]> {
  if (hits.length === 0) return [];
  const rows = (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId: { $in: hits.map((hit) => hit.documentId) }, publishedAt: { $notNull: true } },
    select: ['documentId', 'slug', 'title', 'excerpt', 'publishedAt'],
  })) as LiveArticle[];
  const byId = new Map(rows.map((row) => [row.documentId, row]));
  return hits.flatMap((hit) => {
    const article = byId.get(hit.documentId);
    if (!article) return [];
    return [
      {
        slug: article.slug,
        title: article.title,
        excerpt: article.excerpt ?? '',
        publishedAt: new Date(article.publishedAt).toISOString(),
        snippet: snippetSegments(hit.snippet),
      },
    ];
  });
}

export async function searchArticles(strapi: Core.Strapi, parsed: ParsedQuery, page: number): Promise<ArticleSearchResult> {
  const offset = (page - 1) * PAGE_SIZE;
  const meta = (total: number) => ({ total, page, pageCount: Math.ceil(total / PAGE_SIZE), pageSize: PAGE_SIZE });
  if (isEmptyQuery(parsed)) return { data: [], meta: meta(0) };

  const store = storeFor(strapi);
  const query = storeQuery(parsed);
  let result = await store.search(query, offset, PAGE_SIZE);
  if (result.total === 0 && query.terms.length > 0) {
    const retry = await corrected(store, query);
    if (retry) result = await store.search(retry, offset, PAGE_SIZE);
  }
  return { data: await withArticles(strapi, result.hits), meta: meta(result.total) };
}
