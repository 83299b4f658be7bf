import { LRUCache } from 'lru-cache';

/**
 * Answers of the public read routes for published content, kept in this process's memory and
 * bounded by bytes. Each is stored with the change-feed generation read before it was computed
 * (published-generation.ts), so it is served only while nothing readers see has changed.
 */
export interface PublishedAnswer {
  generation: number;
  json: string;
}

const MAX_BYTES = 32 * 1024 * 1024;
// A whole-archive answer is rare (the sitemap reads 100 slugs a page): not worth holding.
const MAX_ANSWER_BYTES = 1024 * 1024;

const answers = new LRUCache<string, PublishedAnswer>({
  maxSize: MAX_BYTES,
  sizeCalculation: (answer, key) => answer.json.length + key.length,
});

export function cachedAnswer(key: string, generation: number): string | null {
  const answer = answers.get(key);
  return answer && answer.generation === generation ? answer.json : null;
}

export function rememberAnswer(key: string, answer: PublishedAnswer): void {
  if (answer.json.length <= MAX_ANSWER_BYTES) answers.set(key, answer);
}
