import type { TopicWithCount } from '#shared/types/view-models';

export default defineCmsHandler(async (event): Promise<TopicWithCount[]> => {
  // Counts follow a publish a few seconds later (background count), then purge these pages.
  tagResponse(event, [CACHE_TAGS.topics, CACHE_TAGS.topicCounts]);
  return getTopicsWithCounts();
});
