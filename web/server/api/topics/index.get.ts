import type { TopicWithCount } from '#shared/types/view-models';

export default defineCmsHandler(async (event): Promise<TopicWithCount[]> => {
  tagResponse(event, [CACHE_TAGS.topics, CACHE_TAGS.allLists]);
  return getTopicsWithCounts();
});
