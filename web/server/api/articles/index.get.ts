import type { ArticleSummary, Paginated } from '#shared/types/view-models';

export default defineCmsHandler(async (event): Promise<Paginated<ArticleSummary>> => {
  const query = getQuery(event);
  const page = await readPageQuery(event);
  const topic = typeof query.topic === 'string' && query.topic ? readSlugParam(query.topic) : null;
  const list = await getArticleList(topic, page, useRuntimeConfig(event).articlesPageSize);
  tagResponse(event, [CACHE_TAGS.allLists, CACHE_TAGS.topics]);
  return pageOrNotFound(list);
});
