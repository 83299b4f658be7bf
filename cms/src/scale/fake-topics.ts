import { NOUNS } from './vocabulary';
import { randomFor, pickDistinct } from './random';
import { clip, paragraphText } from './fake-text';

export interface FakeTopic {
  name: string;
  slug: string;
  description: string;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * `count` topics for a seed: distinct noun pairs ("Garden and grief"), named with their set so
 * they never clash with the demo's topics or another seed's (topic names are unique).
 */
export function fakeTopics(seed: number, count: number): FakeTopic[] {
  const random = randomFor(seed, -1);
  const pairs = new Set<string>();
  const topics: FakeTopic[] = [];
  while (topics.length < count) {
    const [first, second] = pickDistinct(random, NOUNS, 2) as [string, string];
    const pair = `${first} and ${second}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    const n = topics.length + 1;
    topics.push({
      name: `${capitalise(pair)} (set ${seed}, ${n})`,
      slug: `${first}-and-${second}-s${seed}-${n}`,
      description: clip(paragraphText(random), 300),
    });
  }
  return topics;
}
