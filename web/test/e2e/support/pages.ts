// Every page type a reader can land on, with a path that exists in the demo seed.
import { PUBLISHED, TOPICS } from './seed';

export interface PageType {
  /** Used in test names and screenshot file names. */
  type: string;
  path: string;
  status: number;
}

export const NEWEST_ARTICLE = PUBLISHED[0]!;
export const ANXIETY_TOPIC = TOPICS.find((t) => t.slug === 'anxiety')!;

export const PAGE_TYPES: PageType[] = [
  { type: 'home', path: '/', status: 200 },
  { type: 'articles', path: '/articles', status: 200 },
  { type: 'article', path: `/articles/${NEWEST_ARTICLE.slug}`, status: 200 },
  { type: 'topics', path: '/topics', status: 200 },
  { type: 'topic', path: `/topics/${ANXIETY_TOPIC.slug}`, status: 200 },
  { type: 'about', path: '/about', status: 200 },
  { type: 'consultation', path: '/consultation', status: 200 },
  { type: 'search', path: '/search?q=anxious', status: 200 },
  { type: 'privacy', path: '/privacy', status: 200 },
  { type: 'accessibility', path: '/accessibility', status: 200 },
  { type: 'urgent-help', path: '/urgent-help', status: 200 },
  { type: 'not-found', path: '/this-page-does-not-exist', status: 404 },
];
