import type { ArticleView } from '#shared/types/view-models';
import { relatedArticles, toArticleView } from '../../utils/mappers/article';

async function previewArticle(slug: string): Promise<Omit<ArticleView, 'related'> | null> {
  const draft = await fetchArticleBySlug(slug, 'preview');
  return draft ? toArticleView(draft) : null;
}

export default defineCmsHandler(async (event): Promise<ArticleView> => {
  const slug = readSlugParam(getRouterParam(event, 'slug'));
  const all = await getAllArticleSummaries();
  const preview = isPreviewRequest(event);
  // Readers: only slugs in the published index are fetched, so drafts and guesses stop here.
  if (!preview && !all.some((article) => article.slug === slug)) notFound('Article');
  const article = preview ? await previewArticle(slug) : await getArticleView(slug);
  if (!article) notFound('Article');
  return { ...article, related: relatedArticles(slug, article.topics, all) };
});
