/**
 * What the dashboard's own routes (/tend/schedules, /tend-versions) answer, and the constants the
 * admin bundle shares with the server: written once, imported by both.
 *
 * Dependency-free on purpose: the admin bundle (src/admin, built for the browser) imports this
 * file, so it holds only types and plain values — no Strapi, Node or server imports.
 */

/** The practice's clock: the dashboard, emails and schedules all speak UK time. */
export const PRACTICE_TIME_ZONE = 'Europe/London';

/** The dashboard's short date and time in the practice's time zone: "Tue 8 Dec 2026, 09:30". */
export const SHORT_UK_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: PRACTICE_TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export type VersionStatus = 'draft' | 'published';
export type VersionAction = 'create' | 'update' | 'publish';

/** A version as the history list shows it (GET /tend-versions). */
export interface VersionSummary {
  id: number;
  status: VersionStatus;
  action: VersionAction;
  authorName: string | null;
  /** When it was saved, as an ISO date in JSON. */
  createdAt: string;
}

/** One field of two versions, in the words the therapist wrote. */
export interface FieldComparison {
  field: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

/** GET /tend-versions/compare. */
export interface Comparison {
  before: VersionSummary;
  after: VersionSummary;
  fields: FieldComparison[];
}

/** A scheduled change as GET /tend/schedules returns it (src/scheduling/admin-routes.ts). */
export interface ScheduledChange {
  id: string;
  targetType: string;
  typeLabel: string;
  documentId: string;
  action: 'publish' | 'unpublish';
  runAt: string;
  runAtText: string;
  state: 'pending' | 'running' | 'done' | 'failed' | 'cancelled';
  lastError: string | null;
  /** the document's title, on the home page's list (GET /tend/home) */
  title?: string | null;
}
