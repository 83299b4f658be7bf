import type { Core } from '@strapi/strapi';
import { MATCH_END, MATCH_START } from './article-text';
import type { IndexEntry, SearchStore, StoreHit, StoreQuery, TermMatch } from './search-store';
import { chunks, nearWordsFilter, vocabularyOf } from './vocabulary';

type Knex = Core.Strapi['db']['connection'];

/**
 * PostgreSQL: a tsvector column built by the database itself (`english` configuration, title
 * weight A, headings B, body C) with a GIN index, ranked by ts_rank, snippets by ts_headline.
 */
const TABLE = 'article_search';
const WORDS = 'article_search_words';

const VECTOR
  = 'setweight(to_tsvector(\'english\', title), \'A\') || setweight(to_tsvector(\'english\', headings), \'B\') || '
    + 'setweight(to_tsvector(\'english\', body), \'C\')';

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=40, MinWords=20, MaxFragments=1`;

function termSql(term: TermMatch): string {
  // Words come from query-parser.ts (letters and digits only): no tsquery operator can slip in.
  const alternatives = term.alternatives.map((word) => `${word}${term.prefix ? ':*' : ''}`);
  return alternatives.length === 1 ? (alternatives[0] ?? '') : `(${alternatives.join(' | ')})`;
}

export function tsQuery(query: StoreQuery): string {
  return [...query.terms.map(termSql), ...query.phrases.map((phrase) => `(${phrase.join(' <-> ')})`)].join(' & ');
}

interface Row {
  [column: string]: unknown;
}

export function createPostgresStore(db: Knex): SearchStore {
  const all = async (sql: string, bindings: readonly unknown[] = []): Promise<Row[]> =>
    ((await db.raw(sql, bindings as never)) as unknown as { rows: Row[] }).rows;

  return {
    async ensureSchema() {
      const [exists] = await all(`SELECT to_regclass(?) IS NOT NULL AS present`, [TABLE]);
      if (exists?.present === true) return false;
      await db.transaction(async (trx) => {
        await trx.raw(`CREATE TABLE ${TABLE} (
          document_id text PRIMARY KEY, title text NOT NULL, headings text NOT NULL, body text NOT NULL,
          vector tsvector GENERATED ALWAYS AS (${VECTOR}) STORED)`);
        await trx.raw(`CREATE INDEX ${TABLE}_vector ON ${TABLE} USING gin (vector)`);
        await trx.raw(`CREATE TABLE IF NOT EXISTS ${WORDS} (word text PRIMARY KEY)`);
      });
      return true;
    },

    async count() {
      const [row] = await all(`SELECT count(*)::int AS n FROM ${TABLE}`);
      return Number(row?.n ?? 0);
    },

    async upsert(entry: IndexEntry) {
      await db.raw(
        `INSERT INTO ${TABLE} (document_id, title, headings, body) VALUES (?, ?, ?, ?)
         ON CONFLICT (document_id) DO UPDATE SET title = excluded.title, headings = excluded.headings, body = excluded.body`,
        [entry.documentId, entry.title, entry.headings, entry.body],
      );
      for (const batch of chunks(vocabularyOf(entry), 2000)) {
        await db.raw(`INSERT INTO ${WORDS} (word) SELECT unnest(?::text[]) ON CONFLICT DO NOTHING`, [batch]);
      }
    },

    async remove(documentId: string) {
      await db.raw(`DELETE FROM ${TABLE} WHERE document_id = ?`, [documentId]);
    },

    async clear() {
      await db.raw(`TRUNCATE ${TABLE}, ${WORDS}`);
    },

    async search(query: StoreQuery, offset: number, limit: number) {
      const text = tsQuery(query);
      const [countRow] = await all(`SELECT count(*)::int AS n FROM ${TABLE} WHERE vector @@ to_tsquery('english', ?)`, [text]);
      const total = Number(countRow?.n ?? 0);
      if (total <= offset) return { total, hits: [] };
      // ts_headline reads the whole body, so it runs for this page's rows only. The ellipses say
      // whether the passage starts or ends inside the text.
      const rows = await all(
        `WITH q AS (SELECT to_tsquery('english', ?) AS query),
         page AS (
           SELECT document_id, body, ts_rank(vector, q.query) AS rank FROM ${TABLE}, q
           WHERE vector @@ q.query ORDER BY rank DESC, document_id LIMIT ? OFFSET ?),
         marked AS (
           SELECT document_id, body, rank, ts_headline('english', body, q.query, ?) AS headline FROM page, q)
         SELECT document_id AS "documentId", headline, rank,
           starts_with(body, plain) AS "atStart", right(body, length(plain)) = plain AS "atEnd"
         FROM marked, LATERAL (SELECT translate(headline, ?, '') AS plain) p
         ORDER BY rank DESC, document_id`,
        [text, limit, offset, HEADLINE_OPTIONS, `${MATCH_START}${MATCH_END}`],
      );
      const hits: StoreHit[] = rows.map((row) => ({
        documentId: String(row.documentId),
        snippet: `${row.atStart === true ? '' : '…'}${String(row.headline ?? '')}${row.atEnd === true ? '' : '…'}`,
      }));
      return { total, hits };
    },

    async matches(term: TermMatch) {
      const rows = await all(`SELECT 1 FROM ${TABLE} WHERE vector @@ to_tsquery('english', ?) LIMIT 1`, [termSql(term)]);
      return rows.length > 0;
    },

    async wordsNear(term: string, maxEdits: number) {
      const filter = nearWordsFilter(term, maxEdits);
      const rows = await all(`SELECT word FROM ${WORDS} WHERE ${filter.sql}`, filter.bindings);
      return rows.map((row) => String(row.word));
    },
  };
}
