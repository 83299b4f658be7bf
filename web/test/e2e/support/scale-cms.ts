// What the cms says is published, read straight from its REST API with the web's read token:
// the truth that the web's lists, search and sitemaps are compared with in the scale tests.

export interface PublishedArticle {
  slug: string;
  documentId: string;
  publishedAt: string;
  title: string;
  topics: string[];
}

interface ArticlePage {
  data: { slug: string; documentId: string; publishedAt: string | null; title: string; topics?: { slug: string }[] }[];
  meta: { pagination: { pageCount: number } };
}

const PAGE_SIZE = 100;

/** Every published article (of one topic, if given), read by id so that the walk itself is stable. */
export async function publishedArticles(cmsUrl: string, readToken: string, topic?: string): Promise<PublishedArticle[]> {
  const all: PublishedArticle[] = [];
  for (let page = 1; ; page++) {
    const query = new URLSearchParams({
      'fields[0]': 'slug',
      'fields[1]': 'publishedAt',
      'fields[2]': 'title',
      'sort[0]': 'id:asc',
      'pagination[page]': String(page),
      'pagination[pageSize]': String(PAGE_SIZE),
      'status': 'published',
      ...(topic ? { 'filters[topics][slug][$eq]': topic } : {}),
    });
    const response = await fetch(`${cmsUrl}/api/articles?${query}`, {
      headers: { Authorization: `Bearer ${readToken}` },
      signal: AbortSignal.timeout(20_000),
    });
    if (!response.ok) throw new Error(`GET /api/articles → ${response.status}: ${(await response.text()).slice(0, 300)}`);
    const body = (await response.json()) as ArticlePage;
    for (const article of body.data) {
      all.push({ ...article, publishedAt: article.publishedAt ?? '', topics: (article.topics ?? []).map((t) => t.slug) });
    }
    if (page >= body.meta.pagination.pageCount) return all;
  }
}

/** The topic with the most published articles (its page has the most pages to walk). */
export function busiestTopic(articles: PublishedArticle[]): string {
  const counts = new Map<string, number>();
  for (const article of articles) for (const topic of article.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) throw new Error('no published article has a topic');
  return best[0];
}
