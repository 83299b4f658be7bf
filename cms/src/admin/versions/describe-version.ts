import { PRACTICE_TIME_ZONE, type VersionSummary } from '../../dashboard-contract';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: PRACTICE_TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

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
