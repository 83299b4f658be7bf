import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type BootedCms } from './support/boot-strapi';

let cms: BootedCms;

beforeAll(async () => {
  cms = await bootCms();
});

afterAll(async () => {
  await cms?.stop();
});

/** Every index of a table as "name: col1, col2", from the database itself. */
async function indexesOf(table: string): Promise<string[]> {
  const knex = cms.strapi.db.connection;
  if (cms.database === 'postgres') {
    const rows = (await knex.raw(
      `SELECT i.relname AS name, array_to_string(array_agg(a.attname ORDER BY k.n), ', ') AS columns
         FROM pg_index x
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, n) ON true
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE t.relname = ? GROUP BY i.relname`,
      [table],
    )) as { rows: Array<{ name: string; columns: string }> };
    return rows.rows.map((row) => `${row.name}: ${row.columns}`);
  }
  const list = (await knex.raw(`PRAGMA index_list('${table}')`)) as Array<{ name: string }>;
  const described: string[] = [];
  for (const { name } of list) {
    const columns = (await knex.raw(`PRAGMA index_info('${name}')`)) as Array<{ name: string }>;
    described.push(`${name}: ${columns.map((column) => column.name).join(', ')}`);
  }
  return described;
}

/** The columns of each index, whatever it is called. */
const columnSets = (indexes: string[]) => indexes.map((index) => index.split(': ')[1]);

describe('the indexes the website reads through exist after a plain boot', () => {
  it('articles: by slug and status, and in publication order', async () => {
    const indexes = await indexesOf('articles');
    expect(indexes).toEqual(
      expect.arrayContaining([
        'articles_slug_status_idx: slug, published_at',
        'articles_published_order_idx: published_at, document_id, id',
        // Strapi's own document lookup index.
        'articles_documents_idx: document_id, locale, published_at',
      ]),
    );
  });

  it('topics: by slug and status', async () => {
    expect(await indexesOf('topics')).toEqual(expect.arrayContaining(['topics_slug_status_idx: slug, published_at']));
  });

  it('the article–topic link table, in both directions', async () => {
    const columns = columnSets(await indexesOf('articles_topics_lnk'));
    // From an article to its topics, and from a topic to its articles.
    expect(columns.some((set) => set?.startsWith('article_id'))).toBe(true);
    expect(columns.some((set) => set?.startsWith('topic_id'))).toBe(true);
  });

  it('the by-slug query uses the slug index', async () => {
    if (cms.database !== 'sqlite') return;
    const plan = (await cms.strapi.db.connection.raw(
      'EXPLAIN QUERY PLAN SELECT id FROM articles WHERE slug = ? AND published_at IS NOT NULL',
      ['x'],
    )) as Array<{ detail: string }>;
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING (COVERING )?INDEX articles_slug_status_idx/);
  });

  it('a list page in publication order, however deep, is read from the index without sorting', async () => {
    if (cms.database !== 'sqlite') return;
    // What Strapi sends for sort=publishedAt:desc,documentId:desc,id:desc (with id last, it adds no "id asc").
    const plan = (await cms.strapi.db.connection.raw(
      `EXPLAIN QUERY PLAN SELECT id, title FROM articles WHERE published_at IS NOT NULL
        ORDER BY published_at DESC, document_id DESC, id DESC LIMIT 10 OFFSET 5000`,
    )) as Array<{ detail: string }>;
    const steps = plan.map((step) => step.detail).join('\n');
    expect(steps).toMatch(/USING (COVERING )?INDEX articles_published_order_idx/);
    expect(steps).not.toMatch(/TEMP B-TREE/);
  });
});
