import type { Core } from '@strapi/strapi';
import { fakeArticle, fakeArticleSlug } from './fake-article';
import { fakeTopics } from './fake-topics';

export interface GenerateOptions {
  /** How many published articles the seed's set should have (existing ones are kept). */
  count: number;
  topicCount?: number;
  seed?: number;
  /** Articles written per database transaction. */
  batchSize?: number;
  onProgress?: (done: number, count: number) => void;
}

export interface GenerateResult {
  created: number;
  /** Articles of this seed that already existed (an earlier, possibly interrupted, run). */
  kept: number;
  topics: number;
  seconds: number;
  articlesPerSecond: number;
}

const ARTICLE = 'api::article.article';
const TOPIC = 'api::topic.topic';

/** Published documentIds of the given slugs (an indexed lookup on slug + published_at). */
async function publishedBySlug(strapi: Core.Strapi, uid: string, slugs: string[]): Promise<Map<string, string>> {
  const rows = (await strapi.db.query(uid as typeof ARTICLE).findMany({
    where: { slug: { $in: slugs }, publishedAt: { $notNull: true } },
    select: ['slug', 'documentId'],
  })) as Array<{ slug: string; documentId: string }>;
  return new Map(rows.map((row) => [row.slug, row.documentId]));
}

async function ensureTopics(strapi: Core.Strapi, seed: number, topicCount: number): Promise<string[]> {
  const topics = fakeTopics(seed, topicCount);
  const existing = await publishedBySlug(strapi, TOPIC, topics.map((topic) => topic.slug));
  const ids: string[] = [];
  for (const topic of topics) {
    const found = existing.get(topic.slug);
    if (found) {
      ids.push(found);
      continue;
    }
    const created = await strapi.documents(TOPIC).create({ data: topic as never, status: 'published' });
    ids.push(created.documentId);
  }
  return ids;
}

/**
 * Fills the archive with `count` published articles (and `topicCount` topics) for load and
 * scale tests, through the Document Service like any editor's save: every guardrail, the reading
 * time and the change feed apply. Deterministic for a seed, and resumable: articles of the seed
 * that already exist are kept, so a second run with a larger count only adds the difference.
 * Writes are grouped in transactions of `batchSize` (one disk sync per group on SQLite).
 */
export async function generateArticles(strapi: Core.Strapi, options: GenerateOptions): Promise<GenerateResult> {
  const { count, topicCount = 40, seed = 1, batchSize = 50, onProgress } = options;
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`count must be a whole number ≥ 0, got ${count}`);
  if (!Number.isSafeInteger(topicCount) || topicCount < 1) throw new Error(`topicCount must be a whole number ≥ 1, got ${topicCount}`);
  const started = performance.now();
  const topicIds = await ensureTopics(strapi, seed, topicCount);
  const documents = strapi.documents(ARTICLE);
  let created = 0;
  let kept = 0;

  for (let from = 0; from < count; from += batchSize) {
    const indexes = Array.from({ length: Math.min(batchSize, count - from) }, (_, i) => from + i);
    const existing = await publishedBySlug(strapi, ARTICLE, indexes.map((index) => fakeArticleSlug(seed, index)));
    const missing = indexes.filter((index) => !existing.has(fakeArticleSlug(seed, index)));
    kept += indexes.length - missing.length;
    await strapi.db.transaction(async () => {
      for (const index of missing) {
        const { topics, ...article } = fakeArticle(seed, index, topicCount);
        const data = { ...article, topics: topics.map((topic) => topicIds[topic]) };
        await documents.create({ data: data as never, status: 'published' });
      }
    });
    created += missing.length;
    onProgress?.(from + indexes.length, count);
  }

  const seconds = (performance.now() - started) / 1000;
  return { created, kept, topics: topicIds.length, seconds, articlesPerSecond: created / Math.max(seconds, 0.001) };
}
