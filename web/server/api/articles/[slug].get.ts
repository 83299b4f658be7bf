import type { ArticleView } from '#shared/types/view-models';
import { relatedArticles } from '../../utils/mappers/article';

export default defineCmsHandler(async (event): Promise<ArticleView> => {
  const slug = readSlugParam(getRouterParam(event, 'slug'));
  const all = await getAllArticleSummaries();
  // Only slugs in the published index are fetched: drafts and guesses stop here.
  if (!all.some((article) => article.slug === slug)) notFound('Article');
  const article = await getArticleView(slug);
  if (!article) notFound('Article');
  return { ...article, related: relatedArticles(slug, article.topics, all) };
});
