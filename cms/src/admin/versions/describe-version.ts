import { SHORT_UK_DATE_TIME, type VersionSummary } from '../../dashboard-contract';

const WHEN = SHORT_UK_DATE_TIME;

/** "Published", "Draft saved", "Created": what happened, in the therapist's words. */
export function whatHappened(version: VersionSummary): string {
  if (version.action === 'publish') return 'Published';
  return version.action === 'create' ? 'Created' : 'Draft saved';
}

/** "Mon 30 Nov 2026, 09:15 by Anna Smith": when (UK time) and who. */
export function whenAndWho(version: VersionSummary): string {
  const when = WHEN.format(new Date(version.createdAt));
  return `${when} by ${version.authorName ?? 'the system'}`;
}
