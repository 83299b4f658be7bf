import type { Core } from '@strapi/strapi';
import type { IndexEntry, SearchStore, StoreHit, StoreQuery, TermMatch } from './search-store';
import { chunks, nearWordsFilter, vocabularyOf } from './vocabulary';

type Knex = Core.Strapi['db']['connection'];

/**
 * SQLite: an FTS5 table (Porter stemming over unicode61 tokens) ranked by bm25 with the title
 * weighing 10, headings 5 and body text 1. Its rowid is the id of a plain table that maps
 * Strapi's documentId, so removing one article is an indexed delete. better-sqlite3 bundles FTS5.
 */
const ENTRIES = 'article_search_entries';
const FTS = 'article_search_fts';
const WORDS = 'article_search_words';

function quoted(word: string): string {
  // Words come from query-parser.ts (letters and digits only); quoting keeps FTS5 syntax out anyway.
  return `"${word.replace(/"/g, '""')}"`;
}

function termSql(term: TermMatch): string {
  const alternatives = term.alternatives.map((word) => `${quoted(word)}${term.prefix ? '*' : ''}`);
  return alternatives.length === 1 ? (alternatives[0] ?? '') : `(${alternatives.join(' OR ')})`;
}

export function ftsMatch(query: StoreQuery): string {
  return [...query.terms.map(termSql), ...query.phrases.map((phrase) => quoted(phrase.join(' ')))].join(' AND ');
}

interface Row {
  [column: string]: unknown;
}

export function createSqliteStore(db: Knex): SearchStore {
  const all = async (sql: string, bindings: readonly unknown[] = []): Promise<Row[]> =>
    (await db.raw(sql, bindings as never)) as unknown as Row[];

  return {
    async ensureSchema() {
      const existing = await all(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`, [FTS]);
      if (existing.length > 0) return false;
      await db.transaction(async (trx) => {
        await trx.raw(`CREATE TABLE IF NOT EXISTS ${ENTRIES} (id INTEGER PRIMARY KEY, document_id TEXT NOT NULL UNIQUE)`);
        await trx.raw(`CREATE VIRTUAL TABLE ${FTS} USING fts5(title, headings, body, tokenize = 'porter unicode61 remove_diacritics 2')`);
        await trx.raw(`INSERT INTO ${FTS} (${FTS}, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)')`);
        await trx.raw(`CREATE TABLE IF NOT EXISTS ${WORDS} (word TEXT PRIMARY KEY) WITHOUT ROWID`);
        await trx.raw(`DELETE FROM ${ENTRIES}`);
      });
      return true;
    },

    async count() {
      const [row] = await all(`SELECT count(*) AS n FROM ${ENTRIES}`);
      return Number(row?.n ?? 0);
    },

    async upsert(entry: IndexEntry) {
      await this.remove(entry.documentId);
      await db.raw(`INSERT INTO ${ENTRIES} (document_id) VALUES (?)`, [entry.documentId]);
      await db.raw(`INSERT INTO ${FTS} (rowid, title, headings, body) SELECT id, ?, ?, ? FROM ${ENTRIES} WHERE document_id = ?`, [
        entry.title,
        entry.headings,
        entry.body,
        entry.documentId,
      ]);
      for (const batch of chunks(vocabularyOf(entry), 500)) {
        await db.raw(`INSERT OR IGNORE INTO ${WORDS} (word) VALUES ${batch.map(() => '(?)').join(', ')}`, batch);
      }
    },

    async remove(documentId: string) {
      await db.raw(`DELETE FROM ${FTS} WHERE rowid IN (SELECT id FROM ${ENTRIES} WHERE document_id = ?)`, [documentId]);
      await db.raw(`DELETE FROM ${ENTRIES} WHERE document_id = ?`, [documentId]);
    },

    async clear() {
      await db.raw(`DELETE FROM ${FTS}`);
      await db.raw(`DELETE FROM ${ENTRIES}`);
      await db.raw(`DELETE FROM ${WORDS}`);
    },

    async search(query: StoreQuery, offset: number, limit: number) {
      const match = ftsMatch(query);
      const [countRow] = await all(`SELECT count(*) AS n FROM ${FTS} WHERE ${FTS} MATCH ?`, [match]);
      const total = Number(countRow?.n ?? 0);
      if (total <= offset) return { total, hits: [] };
      // Rank first, then make snippets for this page only: in a single SELECT, SQLite computes
      // snippet() for every matching row before sorting (measured: 10× slower on common words).
      const rows = await all(
        `SELECT e.document_id AS documentId, snippet(${FTS}, 2, char(57344), char(57345), '…', 28) AS snippet
         FROM ${FTS} JOIN ${ENTRIES} e ON e.id = ${FTS}.rowid
         WHERE ${FTS} MATCH ? AND ${FTS}.rowid IN (SELECT rowid FROM ${FTS} WHERE ${FTS} MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?)
         ORDER BY rank, ${FTS}.rowid`,
        [match, match, limit, offset],
      );
      const hits: StoreHit[] = rows.map((row) => ({ documentId: String(row.documentId), snippet: String(row.snippet ?? '') }));
      return { total, hits };
    },

    async matches(term: TermMatch) {
      const rows = await all(`SELECT 1 FROM ${FTS} WHERE ${FTS} MATCH ? LIMIT 1`, [termSql(term)]);
      return rows.length > 0;
    },

    async wordsNear(term: string, maxEdits: number) {
      const filter = nearWordsFilter(term, maxEdits);
      const rows = await all(`SELECT word FROM ${WORDS} WHERE ${filter.sql}`, filter.bindings);
      return rows.map((row) => String(row.word));
    },
  };
}
