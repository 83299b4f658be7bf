/**
 * The shapes the Import routes answer with: the report of a dry run or a run, and a running job.
 * Written once for the server code and the dashboard's Import page (src/admin/import), so this
 * module imports nothing: the admin bundle takes it as it is.
 */

export type TopicAction = { do: 'create' } | { do: 'merge'; into: string } | { do: 'ignore' };

export type ImportSourceKind = 'wordpress' | 'markdown';

export interface MissingImage {
  article: string;
  src: string;
  why: string;
}

export interface ArticleOutcome {
  sourceLabel: string;
  slug: string;
  result: 'created' | 'updated' | 'unchanged' | 'failed';
  message?: string;
}

/** What a run did, added to the dry run's plan to make the final report. */
export interface RunResult {
  articles: ArticleOutcome[];
  topicsCreated: string[];
  redirectsCreated: number;
  redirectsKept: number;
  /** Old addresses left alone because a redirect made by hand already uses them. */
  redirectConflicts: Array<{ from: string; why: string }>;
  imagesUploaded: number;
  imagesReused: number;
  imagesMissing: MissingImage[];
  /** Uploaded to the Media Library but left out of the text: no alternative text to give readers. */
  imagesWithoutAlt: MissingImage[];
  finished: boolean;
}

export interface SkippedItem {
  sourceLabel: string;
  title: string;
  why: string;
}

export interface NotImported {
  what: string;
  count: number;
  why: string;
}

export interface ReportArticle {
  sourceLabel: string;
  title: string;
  slug: string;
  status: string;
  date: string | null;
  author: string;
  topics: string[];
  oldAddresses: string[];
  changes: string[];
  lost: Array<{ what: string; outcome: string; times: number }>;
}

export interface ReportTopic {
  key: string;
  name: string;
  articleCount: number;
  action: string;
}

export interface ImportReport {
  dryRun: boolean;
  source: ImportSourceKind;
  siteTitle: string;
  articles: ReportArticle[];
  skipped: SkippedItem[];
  topics: ReportTopic[];
  notImported: NotImported[];
  run: RunResult | null;
}

/** A dashboard run while it goes: the page polls it for progress, then reads the report. */
export interface ImportJob {
  id: string;
  done: number;
  total: number;
  current: string;
  report: ImportReport | null;
  error: string | null;
}
