import type { TopicView } from '#shared/types/view-models';

export default defineCmsHandler(async (): Promise<(TopicView & { articleCount: number })[]> => {
  const [topics, articles] = await Promise.all([getTopics(), getAllArticleSummaries()]);
  return topics.map((topic) => ({
    ...topic,
    articleCount: articles.filter((article) => article.topics.some((t) => t.slug === topic.slug)).length,
  }));
});
