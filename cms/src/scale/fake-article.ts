import type { Blocks } from '@tend/shared-types';
import { fakeBody } from './fake-body';
import { clip, questionTitle, sentence } from './fake-text';
import { between, pickDistinct, randomFor } from './random';

export interface FakeArticle {
  title: string;
  slug: string;
  excerpt: string;
  featured: boolean;
  body: Blocks;
  /** Indexes into the generated topics, one to three. */
  topics: number[];
}

/** The web address of generated article `index` of a seed, known without building the article. */
export const fakeArticleSlug = (seed: number, index: number): string => `generated-s${seed}-${index + 1}`;

/**
 * Article `index` of a seed: always the same, whatever was generated before it, so a run can be
 * resumed or extended. Bodies are 600 to 1,500 words.
 */
export function fakeArticle(seed: number, index: number, topicCount: number): FakeArticle {
  const random = randomFor(seed, index);
  const title = clip(questionTitle(random), 120);
  const excerpt = `${sentence(random)} ${sentence(random)}`;
  const topicIndexes = Array.from({ length: topicCount }, (_, i) => i);
  return {
    title,
    slug: fakeArticleSlug(seed, index),
    excerpt: clip(excerpt, 240),
    featured: index % 97 === 0,
    topics: pickDistinct(random, topicIndexes, between(random, 1, Math.min(3, topicCount))),
    body: fakeBody(random, between(random, 600, 1500)),
  };
}
