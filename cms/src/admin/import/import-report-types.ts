/** The report the Import routes answer with (src/import/report/import-report.ts), as the page reads it. */
export type TopicAction = { do: 'create' } | { do: 'merge'; into: string } | { do: 'ignore' };

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

export interface ReportRun {
  articles: Array<{ sourceLabel: string; slug: string; result: string; message?: string }>;
  topicsCreated: string[];
  redirectsCreated: number;
  redirectsKept: number;
  imagesUploaded: number;
  imagesReused: number;
  imagesMissing: Array<{ article: string; src: string; why: string }>;
  imagesWithoutAlt: Array<{ article: string; src: string; why: string }>;
}

export interface ImportReport {
  dryRun: boolean;
  siteTitle: string;
  articles: ReportArticle[];
  skipped: Array<{ sourceLabel: string; title: string; why: string }>;
  topics: Array<{ key: string; name: string; articleCount: number; action: string }>;
  notImported: Array<{ what: string; count: number; why: string }>;
  run: ReportRun | null;
}

export interface ImportJob {
  id: string;
  done: number;
  total: number;
  current: string;
  report: ImportReport | null;
  error: string | null;
}
