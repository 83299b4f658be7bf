#!/usr/bin/env node
// Compares search engines for the article archive on one generated corpus, side by side:
// MiniSearch, Orama, SQLite FTS5 (node:sqlite) and PostgreSQL full-text search.
//
//   node scripts/bench/search-candidates.mjs [articles=10000]
//   TEND_BENCH_POSTGRES_URL=postgres://tend:tend@127.0.0.1:5432/postgres  (PostgreSQL; skipped without)
//
// Each candidate runs in a child process of its own so that its memory figure is its own.
// The figures decided the design of cms/src/search/ (see the search issue note).
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['minisearch', 'orama', 'sqlite-fts5', 'postgres-fts'];
const PAGE = 10;
const ROUNDS = 3;

// --- corpus: deterministic pseudo-random English-like text -------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = `the a and of to in is it you that for on with as are be this your can when feel what how
not or we at if our they one about more but some do so by from have time may there their like way
just help often other people make start find think need want know part first day even through much`.split(/\s+/);
const THEMED = `garden river anxiety grief therapy session feeling worry sleep morning breath calm body mind
anger shame trust couple family child parent friend loss memory change habit stress burnout panic
attack fear hope kindness boundary conversation silence walk tree water light window kitchen letter
season winter spring summer autumn rain evening quiet noise heart chest stomach tired rest pause
question answer story moment week month year therapist counsellor relationship patience courage`.split(/\s+/);
const SYLLABLES = 'ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no ra re ri ro ru sa se si so ta te ti to va ve vi wa we'.split(' ');

/** Common words first, themed words next, then ~6,000 made-up words: a Zipf-like vocabulary. */
function vocabulary(random) {
  const words = [...COMMON, ...THEMED];
  const seen = new Set(words);
  while (words.length < 6500) {
    const length = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < length; i += 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

function zipfSampler(words, random) {
  const weights = words.map((_, rank) => 1 / (rank + 1) ** 1.05);
  const cumulative = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return words[low];
  };
}

function sentence(pick, random, min, max) {
  const length = min + Math.floor(random() * (max - min + 1));
  const words = Array.from({ length }, pick);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ');
}

export function generateCorpus(count) {
  const random = mulberry32(20261130);
  const words = vocabulary(random);
  const pick = zipfSampler(words, random);
  const themed = () => THEMED[Math.floor(random() * THEMED.length)];
  const articles = [];
  for (let i = 0; i < count; i += 1) {
    const target = 600 + Math.floor(random() * 901);
    const headings = [];
    const paragraphs = [];
    let written = 0;
    while (written < target) {
      if (paragraphs.length % 4 === 0) headings.push(`${sentence(pick, random, 2, 4)} ${themed()}`);
      const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => `${sentence(pick, random, 8, 20)}.`);
      const paragraph = sentences.join(' ');
      written += paragraph.split(' ').length;
      paragraphs.push(paragraph);
    }
    articles.push({
      id: `doc-${i}`,
      title: `${sentence(pick, random, 3, 6)} ${themed()} ${themed()}`,
      headings: headings.join(' \n'),
      body: paragraphs.join('\n\n'),
    });
  }
  return articles;
}

/** Queries drawn from the corpus itself, so every kind has real hits. */
function queries(articles) {
  const random = mulberry32(7);
  const bodyWords = (i) => articles[i % articles.length].body.split(/\W+/).filter(Boolean);
  const oneWord = ['garden', 'river', 'anxiety', 'grief', 'kindness', 'silence', 'burnout', 'letter'];
  const twoWords = ['garden grief', 'river anxiety', 'panic attack', 'quiet evening', 'winter walk', 'shame trust'];
  const prefix = ['anx', 'gard', 'gri', 'riv', 'kind', 'sil'];
  const phrase = Array.from({ length: 6 }, (_, n) => {
    const w = bodyWords(Math.floor(random() * articles.length) + n);
    // Three adjacent words: a phrase that really occurs, rarer than its words.
    const start = Math.floor(random() * (w.length - 3));
    return `${w[start]} ${w[start + 1]} ${w[start + 2]}`.toLowerCase();
  });
  return { '1-word': oneWord, '2-word': twoWords, prefix, phrase };
}

// --- candidates -----------------------------------------------------------------------------

const candidates = {
  async minisearch(articles, dir) {
    const { default: MiniSearch } = await import('minisearch');
    const options = {
      fields: ['title', 'headings', 'body'],
      storeFields: ['title'],
      searchOptions: { boost: { title: 3, headings: 2 }, combineWith: 'AND' },
    };
    let index = new MiniSearch(options);
    const build = time(() => index.addAll(articles));
    const file = path.join(dir, 'minisearch.json');
    return {
      build,
      add: (doc) => index.add(doc),
      remove: (doc) => index.remove(doc),
      search(kind, q) {
        // MiniSearch has no phrase operator: the best it can do is AND of the words.
        const opts = kind === 'prefix' ? { prefix: true } : {};
        const hits = index.search(q, opts);
        return { total: hits.length, top: hits.slice(0, PAGE) };
      },
      async persist() {
        fs.writeFileSync(file, JSON.stringify(index));
        return fs.statSync(file).size;
      },
      async reload() {
        index = MiniSearch.loadJSON(fs.readFileSync(file, 'utf8'), options);
      },
      features: 'BM25, field boosts, prefix, fuzzy (edit distance); no stemming or phrases; in process memory',
    };
  },

  async orama(articles, dir) {
    const { create, insertMultiple, insert, remove, search, save, load } = await import('@orama/orama');
    const schema = { title: 'string', headings: 'string', body: 'string' };
    const make = () => create({ schema, components: { tokenizer: { stemming: true, language: 'english' } } });
    let db = make();
    const build = await timeAsync(() => insertMultiple(db, articles, 500));
    const file = path.join(dir, 'orama.json');
    return {
      build,
      add: (doc) => insert(db, doc),
      remove: (doc) => remove(db, doc.id),
      async search(kind, q) {
        const params = { term: q, limit: PAGE, boost: { title: 3, headings: 2 }, threshold: 0 };
        if (kind === 'phrase') params.exact = true;
        const result = await search(db, params);
        return { total: result.count, top: result.hits };
      },
      async persist() {
        fs.writeFileSync(file, JSON.stringify(save(db)));
        return fs.statSync(file).size;
      },
      async reload() {
        db = make();
        load(db, JSON.parse(fs.readFileSync(file, 'utf8')));
      },
      features: 'BM25, field boosts, English stemming, prefix, typo tolerance; phrase only as "exact" post-filter; in process memory',
    };
  },

  async 'sqlite-fts5'(articles, dir) {
    const { DatabaseSync } = await import('node:sqlite');
    const file = path.join(dir, 'fts5.db');
    let db = new DatabaseSync(file);
    db.exec(`PRAGMA journal_mode = WAL;
      CREATE VIRTUAL TABLE docs USING fts5(title, headings, body, tokenize = 'porter unicode61 remove_diacritics 2');
      INSERT INTO docs (docs, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)')`);
    const insertDoc = db.prepare('INSERT INTO docs (rowid, title, headings, body) VALUES (?, ?, ?, ?)');
    const build = time(() => {
      db.exec('BEGIN');
      articles.forEach((doc, i) => insertDoc.run(i + 1, doc.title, doc.headings, doc.body));
      db.exec('COMMIT');
    });
    const statements = () => ({
      // Rank first, then make snippets for the ten winners only: in one SELECT, SQLite would
      // compute snippet() for every matching row before sorting.
      top: db.prepare(`SELECT rowid, title, snippet(docs, 2, '[', ']', '…', 24) AS snippet FROM docs
        WHERE docs MATCH ?1 AND rowid IN (SELECT rowid FROM docs WHERE docs MATCH ?1 ORDER BY rank LIMIT ${PAGE})
        ORDER BY rank`),
      count: db.prepare('SELECT count(*) AS n FROM docs WHERE docs MATCH ?'),
    });
    let s = statements();
    const insertOne = db.prepare('INSERT INTO docs (rowid, title, headings, body) VALUES (?, ?, ?, ?)');
    const deleteOne = db.prepare('DELETE FROM docs WHERE rowid = ?');
    return {
      build,
      add: (doc) => insertOne.run(1_000_000, doc.title, doc.headings, doc.body),
      remove: () => deleteOne.run(1_000_000),
      search(kind, q) {
        const match = toFtsMatch(kind, q);
        return { total: s.count.get(match).n, top: s.top.all(match) };
      },
      async persist() {
        db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
        return fs.statSync(file).size;
      },
      async reload() {
        db.close();
        db = new DatabaseSync(file);
        s = statements();
      },
      features: 'BM25 with column weights, Porter stemming, prefix (term*), phrases, NEAR, snippet()/highlight(); typo candidates via fts5vocab; on disk',
    };
  },

  async 'postgres-fts'(articles) {
    const url = process.env.TEND_BENCH_POSTGRES_URL;
    if (!url) return null;
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = `tend_bench_${process.pid}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    let client = new pg.Client({ connectionString: dbUrl.toString() });
    await client.connect();
    await client.query(`CREATE TABLE docs (id integer PRIMARY KEY, title text, headings text, body text,
      vector tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', headings), 'B') || setweight(to_tsvector('english', body), 'C')) STORED)`);
    const build = await timeAsync(async () => {
      for (let i = 0; i < articles.length; i += 200) {
        const batch = articles.slice(i, i + 200);
        await client.query(
          'INSERT INTO docs (id, title, headings, body) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])',
          [batch.map((_, j) => i + j + 1), batch.map((d) => d.title), batch.map((d) => d.headings), batch.map((d) => d.body)],
        );
      }
      await client.query('CREATE INDEX docs_vector ON docs USING gin (vector)');
      await client.query('ANALYZE docs');
    });
    return {
      build,
      add: (doc) => client.query('INSERT INTO docs (id, title, headings, body) VALUES (1000000, $1, $2, $3)', [doc.title, doc.headings, doc.body]),
      remove: () => client.query('DELETE FROM docs WHERE id = 1000000'),
      async search(kind, q) {
        const tsquery = kind === 'phrase' ? `phraseto_tsquery('english', $1)` : `to_tsquery('english', $1)`;
        const text = kind === 'phrase' ? q : q.split(/\s+/).map((w) => (kind === 'prefix' ? `${w}:*` : w)).join(' & ');
        const [top, count] = await Promise.all([
          client.query(`SELECT id, title, ts_headline('english', body, query, 'MaxFragments=1, MaxWords=30, MinWords=15') AS snippet
            FROM (SELECT id, title, body, query FROM docs, ${tsquery} query WHERE vector @@ query
                  ORDER BY ts_rank(vector, query) DESC LIMIT ${PAGE}) hits`, [text]),
          client.query(`SELECT count(*)::int AS n FROM docs WHERE vector @@ ${tsquery}`, [text]),
        ]);
        return { total: count.rows[0].n, top: top.rows };
      },
      async persist() {
        const size = await client.query(`SELECT pg_database_size(current_database())::bigint AS n`);
        return Number(size.rows[0].n);
      },
      async reload() {
        await client.end();
        client = new pg.Client({ connectionString: dbUrl.toString() });
        await client.connect();
      },
      async close() {
        await client.end();
        await admin.query(`DROP DATABASE ${name}`);
        await admin.end();
      },
      features: 'ts_rank with A/B/C weights, Snowball English stemming, prefix (:*), phrases (<->), ts_headline; typo via pg_trgm; shared by every server',
    };
  },
};

function toFtsMatch(kind, q) {
  const words = q.split(/\s+/).filter(Boolean);
  if (kind === 'phrase') return `"${words.join(' ')}"`;
  return words.map((w) => (kind === 'prefix' ? `"${w}"*` : `"${w}"`)).join(' AND ');
}

// --- measuring ------------------------------------------------------------------------------

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rssMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().rss / 1e6;
};

async function runCandidate(name, count) {
  const articles = generateCorpus(count);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `search-bench-${name}-`));
  const before = rssMb();
  const engine = await candidates[name](articles, dir);
  if (!engine) return { name, skipped: 'TEND_BENCH_POSTGRES_URL is not set' };
  const memory = rssMb() - before;
  const extra = { id: 'doc-extra', title: 'An extra article about the garden', headings: 'Extra', body: articles[0].body };
  const add = await timeAsync(() => engine.add(extra));
  const remove = await timeAsync(() => engine.remove(extra));
  const p50 = {};
  const totals = {};
  for (const [kind, list] of Object.entries(queries(articles))) {
    const samples = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const q of list) {
        const start = performance.now();
        const result = await engine.search(kind, q);
        samples.push(performance.now() - start);
        if (round === 0) totals[kind] = (totals[kind] ?? 0) + result.total;
      }
    }
    p50[kind] = median(samples);
  }
  const persistedBytes = await engine.persist();
  const reload = await timeAsync(() => engine.reload());
  const firstQuery = await timeAsync(() => engine.search('1-word', 'garden'));
  await engine.close?.();
  fs.rmSync(dir, { recursive: true, force: true });
  return { name, build: engine.build, add, remove, p50, totals, memory, persistedBytes, reload, firstQuery, features: engine.features };
}

function print(count, rows) {
  const ms = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  console.log(`\nSearch candidates at ${count.toLocaleString('en-GB')} articles (query times are p50 of ${ROUNDS} rounds, top ${PAGE} + total count)\n`);
  console.log('| candidate | build | add 1 | remove 1 | 1-word | 2-word | prefix | phrase | RSS delta | stored | reopen + 1st query |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    if (r.skipped) {
      console.log(`| ${r.name} | skipped: ${r.skipped} |`);
      continue;
    }
    console.log(
      `| ${r.name} | ${(r.build / 1000).toFixed(1)} s | ${ms(r.add)} ms | ${ms(r.remove)} ms | ${ms(r.p50['1-word'])} ms | ${ms(r.p50['2-word'])} ms | `
      + `${ms(r.p50.prefix)} ms | ${ms(r.p50.phrase)} ms | ${r.memory.toFixed(0)} MB | ${(r.persistedBytes / 1e6).toFixed(0)} MB | `
      + `${ms(r.reload + r.firstQuery)} ms |`,
    );
  }
  console.log('\nHits found (sum over each kind\'s queries, first round):');
  for (const r of rows.filter((row) => !row.skipped)) console.log(`  ${r.name}: ${JSON.stringify(r.totals)}`);
  console.log('\nRanking features:');
  for (const r of rows.filter((row) => !row.skipped)) console.log(`  ${r.name}: ${r.features}`);
}

const self = fileURLToPath(import.meta.url);
if (process.argv[2] === '--child') {
  const result = await runCandidate(process.argv[3], Number(process.argv[4]));
  process.send(result);
} else {
  const count = Number(process.argv[2] ?? 10_000);
  const rows = [];
  for (const name of CANDIDATES) {
    rows.push(
      await new Promise((resolve, reject) => {
        const child = fork(self, ['--child', name, String(count)], { execArgv: ['--expose-gc', '--max-old-space-size=6144', '--no-warnings'] });
        child.on('message', resolve);
        child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`${name} exited with ${code}`))));
      }),
    );
    console.error(`measured ${name}`);
  }
  print(count, rows);
}
