// The page-weight budgets of issue #8, in one place: the e2e suite asserts the byte budgets
// (deterministic), `pnpm bench` prints every figure beside them (timings included).
import { ANXIETY_TOPIC, NEWEST_ARTICLE } from './pages';

/** Budgets are in SI kilobytes (1 kB = 1,000 bytes): the stricter reading of "kB". */
export const KB = 1000;

export const BUDGETS = {
  /** Reading pages: no script file, no framework payload. */
  readingScriptFilesGzip: 0,
  /** Reading pages: the inline scripts of app/browser/ (the text-size control), gzip, all together. */
  readingInlineScriptsGzip: 1 * KB,
  /** /consultation: its enhancement script, inline and files together, gzip. */
  consultationScriptsGzip: 15 * KB,
  /** Encoded bytes of every response a first visit on a phone makes, images left out. */
  transferWithoutImages: 100 * KB,
  /** The same with images. */
  transferWithImages: 250 * KB,
  /** Our req/s divided by nginx's for the same page, same load generator, same run. */
  throughputRatio: 0.5,
  /** Bench only: the first request for an article after a publish purged it, p50 at 1 connection. */
  firstRequestAfterPurgeMs: 15,
  /** Lighthouse mobile: performance, accessibility, best practices, SEO. */
  lighthouse: 100,
} as const;

export interface BudgetPage {
  /** Row label in the bench table and test names. */
  type: string;
  path: string;
  status: number;
  /** true: a document that must ship no JavaScript beyond the small inline helpers. */
  reading: boolean;
}

/**
 * Every page type a reader can land on. The e2e stack serves 4 articles per page and the seed
 * publishes 6, so /articles?page=2 exists.
 */
export const BUDGET_PAGES: BudgetPage[] = [
  { type: 'home', path: '/', status: 200, reading: true },
  { type: 'articles', path: '/articles', status: 200, reading: true },
  { type: 'articles page 2', path: '/articles?page=2', status: 200, reading: true },
  { type: 'article', path: `/articles/${NEWEST_ARTICLE.slug}`, status: 200, reading: true },
  { type: 'topics', path: '/topics', status: 200, reading: true },
  { type: 'topic', path: `/topics/${ANXIETY_TOPIC.slug}`, status: 200, reading: true },
  { type: 'about', path: '/about', status: 200, reading: true },
  { type: 'search', path: '/search?q=anxiety', status: 200, reading: true },
  { type: 'search (empty)', path: '/search', status: 200, reading: true },
  { type: 'urgent-help', path: '/urgent-help', status: 200, reading: true },
  { type: 'privacy', path: '/privacy', status: 200, reading: true },
  { type: 'accessibility', path: '/accessibility', status: 200, reading: true },
  { type: 'not-found', path: '/this-page-does-not-exist', status: 404, reading: true },
  { type: 'consultation', path: '/consultation', status: 200, reading: false },
];

export const formatBytes = (bytes: number): string => (bytes < KB ? `${bytes} B` : `${(bytes / KB).toFixed(1)} kB`);
