import type { ArticleSummary, Paginated, TopicView } from '#shared/types/view-models';

export default defineCmsHandler(async (event): Promise<{ topic: TopicView; articles: Paginated<ArticleSummary> }> => {
  const slug = readSlugParam(getRouterParam(event, 'slug'));
  const page = await readPageQuery(event);
  const topics = await (isPreviewRequest(event) ? loadTopics('preview') : getTopics());
  const topic = topics.find((candidate) => candidate.slug === slug) ?? notFound('Topic');
  const articles = await getArticleList(slug, page, useRuntimeConfig(event).articlesPageSize);
  tagResponse(event, [CACHE_TAGS.topics, CACHE_TAGS.allLists]);
  return { topic, articles: pageOrNotFound(articles) };
});
