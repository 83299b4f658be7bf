import type { Core } from '@strapi/strapi';

import type { PlannedTopic } from '../plan-types';
import type { RunResult } from './run-result';

/** Topic key → the documentId articles link to; created topics are published at once. */
export async function importTopics(strapi: Core.Strapi, topics: PlannedTopic[], result: RunResult): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const topicDocs = strapi.documents('api::topic.topic');
  for (const topic of topics) {
    if (topic.action.do === 'ignore') continue;
    const slug = topic.action.do === 'merge' ? topic.action.into : topic.slug;
    const existing = await topicDocs.findFirst({ filters: { $or: [{ slug }, ...(topic.action.do === 'create' ? [{ name: topic.name }] : [])] }, fields: ['documentId'] });
    if (existing) {
      ids.set(topic.key, existing.documentId);
      continue;
    }
    if (topic.action.do === 'merge') continue;
    const created = await topicDocs.create({ data: { name: topic.name, slug: topic.slug, description: topic.description } });
    await topicDocs.publish({ documentId: created.documentId });
    result.topicsCreated.push(topic.name);
    ids.set(topic.key, created.documentId);
  }
  return ids;
}
