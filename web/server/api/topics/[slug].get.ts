import type { ArticleSummary, Paginated, TopicView } from '#shared/types/view-models';

export default defineCmsHandler(async (event): Promise<{ topic: TopicView; articles: Paginated<ArticleSummary> }> => {
  const slug = readSlugParam(getRouterParam(event, 'slug'));
  const page = readPageQuery(getQuery(event));
  const topicsSource = isPreviewRequest(event) ? loadTopics('preview') : getTopics();
  const [topics, all] = await Promise.all([topicsSource, getAllArticleSummaries()]);
  const topic = topics.find((candidate) => candidate.slug === slug) ?? notFound('Topic');
  const articles = all.filter((article) => article.topics.some((t) => t.slug === slug));
  return { topic, articles: paginate(articles, page, useRuntimeConfig(event).articlesPageSize) };
});
