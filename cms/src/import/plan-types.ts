/** What an import will do, worked out before anything is written: the dry run. */
import type { BodyLoss, ConvertedBlock } from './html/converted-body';
import type { KnownImage } from './html/html-to-blocks';
import type { ImportSourceKind, NotImported, SkippedItem, TopicAction } from './report/report-types';

export type { NotImported, TopicAction } from './report/report-types';

export interface PlannedTopic {
  /** `category:<slug>` or `tag:<slug>` (Markdown tags are `tag:`). */
  key: string;
  kind: 'category' | 'tag';
  name: string;
  slug: string;
  description: string;
  articleCount: number;
  action: TopicAction;
}

export type PlannedStatus = 'published' | 'draft' | 'scheduled';

export interface PlannedArticle {
  /** Where it came from, unique in the source, kept on the article so a second run finds it. */
  sourceKey: string;
  /** e.g. "post 1241" or "posts/panic.md". */
  sourceLabel: string;
  kind: 'post' | 'page';
  oldUrl: string;
  title: string;
  slug: string;
  excerpt: string;
  body: ConvertedBlock[];
  cover: KnownImage | null;
  status: PlannedStatus;
  /** ISO date the old site gave it (publication date, or the scheduled date). */
  date: string | null;
  author: string;
  topicKeys: string[];
  /** Old paths on this site's domain that should lead to the article. */
  redirectsFrom: string[];
  /** What changed on the way, in plain words. */
  changes: string[];
  losses: BodyLoss[];
}

export interface ImportPlan {
  source: ImportSourceKind;
  siteTitle: string;
  articles: PlannedArticle[];
  /** Pages and posts that stay behind, each with why. */
  skipped: SkippedItem[];
  topics: PlannedTopic[];
  notImported: NotImported[];
}

export interface PlanOptions {
  importPages?: boolean;
  /** Per topic key; topics not listed get the default action. */
  topicActions?: Record<string, TopicAction>;
  /** Topics already on the site, so a term with the same name merges into them by default. */
  existingTopics?: Array<{ slug: string; name: string }>;
}
