// What the demo seed puts in the cms (read from cms/seed/, the seed's own source), so tests
// follow the seed instead of repeating it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../../../../cms/src/seed/article-file';
import { CMS_DIR } from './builds';

const SEED_DIR = join(CMS_DIR, 'seed');

export interface SeedArticle {
  title: string;
  slug: string;
  status: 'published' | 'draft';
  publishedAt: string | null;
  topics: string[];
  featured: boolean;
  excerpt: string;
  contentNote: string | null;
  lastReviewed: string | null;
  body: string;
}

export interface SeedTopic {
  name: string;
  slug: string;
  description: string;
}

/** One seed article, read by the cms seed's own parser (YAML front matter, validated). */
function readArticle(file: string): SeedArticle {
  const { meta, body } = parseArticleFile(readFileSync(join(SEED_DIR, 'articles', file), 'utf8'), file);
  return {
    title: meta.title,
    slug: meta.slug,
    status: meta.status,
    publishedAt: meta.publishedAt,
    topics: meta.topics,
    featured: meta.featured,
    excerpt: meta.excerpt,
    contentNote: meta.contentNote,
    lastReviewed: meta.lastReviewed,
    body,
  };
}

const articles = readdirSync(join(SEED_DIR, 'articles')).filter((f) => f.endsWith('.md')).map(readArticle);

/** Published articles, newest first (the order of /articles). */
export const PUBLISHED = articles
  .filter((a) => a.status === 'published')
  .sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!));

export const DRAFT = articles.find((a) => a.status === 'draft' && a.slug.includes('unpublished-draft'))!;

export const TOPICS: SeedTopic[] = JSON.parse(readFileSync(join(SEED_DIR, 'topics.json'), 'utf8'));

export const PRACTICE_NAME: string = JSON.parse(readFileSync(join(SEED_DIR, 'practice.json'), 'utf8')).practiceName;

interface CrisisService {
  name: string;
  howToReach: string;
  link: string | null;
}
const crisis: { services: CrisisService[] } = JSON.parse(readFileSync(join(SEED_DIR, 'crisis-support.json'), 'utf8'));

/** "The crisis line" every error page must show: Samaritans, 116 123, free, 24 hours. */
export const CRISIS_LINE = {
  name: 'Samaritans',
  number: '116 123',
  href: 'tel:116123',
};
if (!crisis.services.some((s) => s.name === CRISIS_LINE.name && s.link === CRISIS_LINE.href)) {
  throw new Error('cms/seed/crisis-support.json no longer lists Samaritans on tel:116123: update CRISIS_LINE in test/e2e/support/seed.ts');
}

export const ARTICLES_PAGE_SIZE = 4;

/** Level-2 and level-3 headings of an article body, in order: what its table of contents lists. */
export function tocHeadings(article: SeedArticle): string[] {
  return [...article.body.matchAll(/^###? (.+)$/gm)].map((m) => m[1]!.trim());
}

/** The first plain sentence fragment of the body (no Markdown marks, quotes or escapes). */
export function bodyFragment(article: SeedArticle): string {
  const line = article.body.split('\n').find((l) => /^[A-Z][a-z]/.test(l) && !/[*[_`]/.test(l));
  if (!line) throw new Error(`no plain line in ${article.slug}`);
  return line.split(/[.,;:!?"'’&<>]/)[0]!.trim();
}

export function publishedIn(topicSlug: string): SeedArticle[] {
  return PUBLISHED.filter((a) => a.topics.includes(topicSlug));
}

export function articleBySlug(slug: string): SeedArticle {
  const article = articles.find((a) => a.slug === slug);
  if (!article) throw new Error(`no seed article ${slug}`);
  return article;
}
