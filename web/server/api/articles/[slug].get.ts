import type { ArticleView } from '#shared/types/view-models';

export default defineCmsHandler(async (event): Promise<ArticleView> => {
  const slug = readSlugParam(getRouterParam(event, 'slug'));
  if (isPreviewRequest(event)) {
    const draft = (await loadArticleView(slug, 'preview')) ?? notFound('Article');
    return { ...draft, related: await getRelatedArticles(slug, draft.topics.map((topic) => topic.slug)) };
  }
  // Readers get published articles only: the read token cannot see drafts.
  const article = (await getArticleView(slug)) ?? notFound('Article');
  const topics = article.topics.map((topic) => topic.slug);
  const related = await getRelatedArticles(slug, topics);
  const toppedUp = related.some((other) => !other.topics.some((topic) => topics.includes(topic.slug)));
  tagResponse(event, [
    CACHE_TAGS.article(slug),
    CACHE_TAGS.topics,
    ...topics.map(CACHE_TAGS.related),
    ...related.map((other) => CACHE_TAGS.article(other.slug)),
    ...(toppedUp ? [CACHE_TAGS.allLists] : []),
  ]);
  return { ...article, related };
});
