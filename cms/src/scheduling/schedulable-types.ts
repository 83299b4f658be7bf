/**
 * What can be scheduled, and how the dashboard names it. Topics are left out: they go live with
 * the articles that use them. Each of these has draft & publish.
 * The admin bundle imports this file too (the Schedule panel): keep it free of imports.
 */
export interface SchedulableType {
  /** How the therapist knows it: "the article", "the practice details". */
  label: string;
  kind: 'collectionType' | 'singleType';
  /** The field that names one document, for collection types. */
  titleField?: string;
}

export const SCHEDULABLE_TYPES = {
  'api::article.article': { label: 'Article', kind: 'collectionType', titleField: 'title' },
  'api::practice.practice': { label: 'Practice details', kind: 'singleType' },
  'api::crisis-support.crisis-support': { label: 'Crisis support', kind: 'singleType' },
  'api::site.site': { label: 'Site settings', kind: 'singleType' },
} as const satisfies Record<string, SchedulableType>;

export type SchedulableUid = keyof typeof SCHEDULABLE_TYPES;

export const isSchedulable = (uid: string): uid is SchedulableUid => Object.hasOwn(SCHEDULABLE_TYPES, uid);

/** The document's page in the dashboard, for emails and the home page. */
export function dashboardPath(uid: SchedulableUid, documentId: string): string {
  const type = SCHEDULABLE_TYPES[uid];
  return type.kind === 'singleType'
    ? `/content-manager/single-types/${uid}`
    : `/content-manager/collection-types/${uid}/${encodeURIComponent(documentId)}`;
}
