import { LIMITS, clip, slugify } from './limits';
import type { PlanOptions, PlannedTopic, TopicAction } from './plan-types';

const NEVER_TOPICS = new Set(['uncategorized', 'uncategorised']);

/**
 * Topics are few on Tend (two to four per article), so by default a category that an imported
 * article uses becomes a topic, a term named like an existing topic merges into it, and tags are
 * left out; the dashboard lets the therapist choose otherwise for each one.
 */
export function defaultTopicAction(topic: Omit<PlannedTopic, 'action'>, options: PlanOptions): TopicAction {
  const chosen = options.topicActions?.[topic.key];
  if (chosen) return chosen;
  const existing = options.existingTopics?.find((t) => t.name.toLowerCase() === topic.name.toLowerCase() || t.slug === topic.slug);
  if (existing) return { do: 'merge', into: existing.slug };
  if (topic.kind === 'tag' || topic.articleCount === 0 || NEVER_TOPICS.has(topic.slug)) return { do: 'ignore' };
  return { do: 'create' };
}

export function plannedTopic(
  key: string,
  kind: 'category' | 'tag',
  name: string,
  description: string,
  articleCount: number,
  options: PlanOptions,
): PlannedTopic {
  const topicName = clip(name, LIMITS.topicName);
  const base = {
    key,
    kind,
    name: topicName,
    slug: slugify(topicName, LIMITS.topicSlug) || slugify(key, LIMITS.topicSlug),
    description: clip(description || `Articles about ${topicName.toLowerCase()}.`, LIMITS.topicDescription),
    articleCount,
  };
  return { ...base, action: defaultTopicAction(base, options) };
}
