import MiniSearch from 'minisearch';
import type { SearchResult } from '#shared/types/view-models';
import type { SearchDocument } from './cms-data';

const SNIPPET_RADIUS = 90;

function createIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    idField: 'slug',
    fields: ['title', 'excerpt', 'text'],
    storeFields: ['slug', 'title', 'excerpt', 'text', 'publishedAt'],
    searchOptions: { boost: { title: 3, excerpt: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  index.addAll(documents);
  return index;
}

/** A plain-text window around the first matched term, so readers see why an article matched. */
export function snippetFor(text: string, terms: string[], radius = SNIPPET_RADIUS): string {
  const lower = text.toLowerCase();
  const positions = terms.map((term) => lower.indexOf(term.toLowerCase())).filter((position) => position >= 0);
  const hit = positions.length > 0 ? Math.min(...positions) : 0;
  const start = Math.max(0, hit - radius);
  const end = Math.min(text.length, hit + radius);
  const startAtWord = start === 0 ? 0 : text.indexOf(' ', start) + 1;
  const endAtWord = end === text.length ? end : Math.max(text.lastIndexOf(' ', end), startAtWord + 1);
  return `${startAtWord > 0 ? '…' : ''}${text.slice(startAtWord, endAtWord).trim()}${endAtWord < text.length ? '…' : ''}`;
}

/** Keeps one built index and rebuilds it only when the cached documents changed. */
class ArticleSearch {
  private signature = '';
  private index: MiniSearch<SearchDocument> | null = null;

  search(documents: SearchDocument[], query: string): SearchResult[] {
    const signature = documents.map((doc) => `${doc.slug}@${doc.publishedAt}#${doc.text.length}`).join('|');
    if (!this.index || signature !== this.signature) {
      this.index = createIndex(documents);
      this.signature = signature;
    }
    return this.index.search(query).map((hit) => ({
      slug: String(hit.slug),
      title: String(hit.title),
      excerpt: String(hit.excerpt),
      snippet: snippetFor(String(hit.text), hit.terms),
      publishedAt: String(hit.publishedAt),
    }));
  }
}

export const articleSearch = new ArticleSearch();
