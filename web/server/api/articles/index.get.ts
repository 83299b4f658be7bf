import type { ArticleSummary, Paginated } from '#shared/types/view-models';

export default defineCmsHandler(async (event): Promise<Paginated<ArticleSummary>> => {
  const query = getQuery(event);
  const page = readPageQuery(query);
  const topic = typeof query.topic === 'string' && query.topic ? readSlugParam(query.topic) : null;
  const all = await getAllArticleSummaries();
  const matching = topic ? all.filter((article) => article.topics.some((t) => t.slug === topic)) : all;
  return paginate(matching, page, useRuntimeConfig(event).articlesPageSize);
});
