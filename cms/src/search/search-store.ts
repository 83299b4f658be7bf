/** One word of a query: any of the alternatives (a typo's corrections), as a prefix or whole. */
export interface TermMatch {
  alternatives: string[];
  prefix: boolean;
}

/** What a store searches for: every term and every phrase must match. */
export interface StoreQuery {
  terms: TermMatch[];
  phrases: string[][];
}

/** One published article as the index holds it. Display fields are read live from the article. */
export interface IndexEntry {
  documentId: string;
  title: string;
  headings: string;
  body: string;
}

/** One ranked hit: the snippet is body text with matches wrapped in MATCH_START … MATCH_END. */
export interface StoreHit {
  documentId: string;
  snippet: string;
}

/**
 * The full-text index in the CMS's own database, so that every web server gets the same answers
 * and a restart of anything keeps it. One implementation per database Strapi runs on.
 */
export interface SearchStore {
  /** Creates the tables when missing; true when they had to be created (the index is empty). */
  ensureSchema(): Promise<boolean>;
  count(): Promise<number>;
  /** Replaces the entry of this document (and records its words for typo suggestions). */
  upsert(entry: IndexEntry): Promise<void>;
  remove(documentId: string): Promise<void>;
  clear(): Promise<void>;
  /** Ranked hits for one page, and the total number of matching articles. */
  search(query: StoreQuery, offset: number, limit: number): Promise<{ total: number; hits: StoreHit[] }>;
  /** Whether this one term matches any article. */
  matches(term: TermMatch): Promise<boolean>;
  /** Indexed words that could be a typo away from `term` (a cheap pre-filter; typo.ts decides). */
  wordsNear(term: string, maxEdits: number): Promise<string[]>;
}
