import type { Article, Blocks, BlockNode } from '@tend/shared-types';
import type { ArticleCard } from '../cms-queries';
import type { ArticleSummary, ArticleView, TopicLink } from '#shared/types/view-models';
import { assignHeadingIds } from '#shared/utils/blocks-text';
import { toImageView, toMediaPath } from './media';
import { toSeoView } from './seo';

function toTopicLinks(article: ArticleCard): TopicLink[] {
  return (article.topics ?? [])
    .filter((topic) => topic.name && topic.slug)
    .map((topic) => ({ name: topic.name as string, slug: topic.slug as string }));
}

/** Images inside the body point at the CMS; rewrite them to /media/… or drop them. */
export function rewriteBodyMedia(blocks: Blocks): Blocks {
  return blocks.flatMap((node: BlockNode): BlockNode[] => {
    if (node.type !== 'image') return [node];
    const url = toMediaPath(node.image.url);
    if (!url) return [];
    const formats = node.image.formats
      ? Object.fromEntries(
          Object.entries(node.image.formats).flatMap(([name, format]) => {
            const formatUrl = toMediaPath(format.url);
            return formatUrl ? [[name, { ...format, url: formatUrl }]] : [];
          }),
        )
      : node.image.formats;
    return [{ ...node, image: { ...node.image, url, formats } }];
  });
}

/** A list card; the CMS counts the reading time when the article is saved, so lists need no body. */
export function toArticleSummary(article: ArticleCard): ArticleSummary {
  return {
    slug: article.slug,
    title: article.title,
    excerpt: article.excerpt,
    publishedAt: article.publishedAt ?? article.createdAt,
    lastReviewed: article.lastReviewed,
    readingMinutes: article.readingMinutes ?? 1,
    featured: article.featured,
    cover: toImageView(article.cover),
    topics: toTopicLinks(article),
  };
}

export function toArticleView(article: Article): Omit<ArticleView, 'related'> {
  const summary = toArticleSummary(article);
  const { body, toc } = assignHeadingIds(rewriteBodyMedia(article.body));
  return {
    ...summary,
    contentNote: article.contentNote,
    body,
    toc,
    updatedAt: article.updatedAt,
    seo: toSeoView(article.seo, { title: article.title, description: article.excerpt, image: summary.cover }),
  };
}

/**
 * `count` other articles: those sharing the most topics first (then the newest), topped up with
 * the newest articles so the block is always full when the site has enough articles.
 */
export function relatedArticles(slug: string, topics: TopicLink[], all: ArticleSummary[], count = 3): ArticleSummary[] {
  const mine = new Set(topics.map((topic) => topic.slug));
  const others = all.filter((candidate) => candidate.slug !== slug);
  const sharing = others
    .map((candidate) => ({ candidate, shared: candidate.topics.filter((topic) => mine.has(topic.slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.candidate.publishedAt.localeCompare(a.candidate.publishedAt))
    .map(({ candidate }) => candidate);
  const newest = [...others].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  // The same article may come from both reads (as two objects): keep the first by its slug.
  const seen = new Set<string>();
  return [...sharing, ...newest].filter((candidate) => !seen.has(candidate.slug) && seen.add(candidate.slug)).slice(0, count);
}
