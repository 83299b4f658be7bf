import type { VersionAction, VersionStatus } from '../dashboard-contract';

/** What keeps a version history: everything the therapist writes for readers. Consultation requests never do. */
export const VERSIONED_MODELS: ReadonlySet<string> = new Set([
  'api::article.article',
  'api::topic.topic',
  'api::practice.practice',
  'api::site.site',
  'api::crisis-support.crisis-support',
]);

export const VERSION = 'api::version.version';

/** A row of the Version table as the code reads it. */
export interface VersionRow {
  id: number;
  model: string;
  targetDocumentId: string;
  status: VersionStatus;
  action: VersionAction;
  authorId: number | null;
  authorName: string | null;
  snapshot: Snapshot;
  createdAt: string | Date;
}

/** A document's own fields as stored in a version: components inline, media and relations by reference. */
export type Snapshot = Record<string, unknown>;

/** A media file as a version keeps it: enough to restore (id) and to describe (name, alternative text). */
export interface MediaRef {
  id: number;
  name?: string;
  alternativeText?: string | null;
}

/** A related document as a version keeps it: enough to restore (documentId) and to name it. */
export interface RelationRef {
  documentId: string;
  label?: string;
}
