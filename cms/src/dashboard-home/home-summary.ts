import type { Core } from '@strapi/strapi';
import { ENQUIRY_UID } from '../api/enquiry/enquiry-uid';
import { formatInLondon } from '../scheduling/london-time';
import { SCHEDULABLE_TYPES, type SchedulableUid } from '../scheduling/schedulable-types';
import { openSchedules, type ScheduleRow } from '../scheduling/schedule-store';

/**
 * What the dashboard's home page shows the therapist: what is waiting for her, not statistics.
 * One small read per part; each part is null when her role may not see it.
 */
export interface DraftInProgress {
  targetType: SchedulableUid;
  documentId: string;
  title: string;
  /** never published, or published with unpublished changes */
  status: 'draft' | 'modified';
  updatedAt: string;
}

export interface HomeSummary {
  requests: { waiting: number; oldestReceivedAt: string | null; oldestReceivedText: string | null } | null;
  drafts: { count: number; recent: DraftInProgress[] } | null;
  /** with the title of the scheduled document, when its type has one */
  scheduled: Array<ScheduleRow & { title: string | null }>;
  siteUrl: string | null;
}

interface Ability {
  can(action: string, subject?: string): boolean;
}

type VersionRow = { documentId: string; updatedAt: string; title?: string | null };

async function waitingRequests(strapi: Core.Strapi): Promise<NonNullable<HomeSummary['requests']>> {
  const query = strapi.db.query(ENQUIRY_UID);
  const where = { requestStatus: 'new' };
  const waiting = await query.count({ where });
  const oldest = (await query.findOne({ where, select: ['createdAt'], orderBy: { createdAt: 'asc' } })) as { createdAt?: string } | null;
  const at = oldest?.createdAt ? new Date(oldest.createdAt) : null;
  return { waiting, oldestReceivedAt: at?.toISOString() ?? null, oldestReceivedText: at ? formatInLondon(at) : null };
}

/** Drafts newer than what readers see, by the Content Manager's own rule (draft updatedAt > published updatedAt). */
async function draftsOf(strapi: Core.Strapi, uid: SchedulableUid): Promise<DraftInProgress[]> {
  const type = SCHEDULABLE_TYPES[uid];
  const titleField = 'titleField' in type ? type.titleField : undefined;
  const query = strapi.db.query(uid);
  const select = ['documentId', 'updatedAt', ...(titleField ? [titleField] : [])];
  // Only the most recently edited drafts: the home page lists a few and counts up to this many.
  const drafts = (await query.findMany({ where: { publishedAt: null }, select, orderBy: { updatedAt: 'desc' }, limit: 200 })) as VersionRow[];
  if (drafts.length === 0) return [];
  const published = (await query.findMany({
    where: { publishedAt: { $notNull: true }, documentId: { $in: drafts.map((draft) => draft.documentId) } },
    select: ['documentId', 'updatedAt'],
  })) as VersionRow[];
  const publishedAt = new Map(published.map((row) => [row.documentId, new Date(row.updatedAt).getTime()]));
  return drafts.flatMap((draft): DraftInProgress[] => {
    const live = publishedAt.get(draft.documentId);
    if (live !== undefined && new Date(draft.updatedAt).getTime() <= live) return [];
    const title = titleField ? (draft as Record<string, unknown>)[titleField] : undefined;
    return [
      {
        targetType: uid,
        documentId: draft.documentId,
        title: typeof title === 'string' && title.trim() ? title : type.label,
        status: live === undefined ? 'draft' : 'modified',
        updatedAt: new Date(draft.updatedAt).toISOString(),
      },
    ];
  });
}

/** The current title of each scheduled document whose type has a title field: one read per type. */
async function withTitles(strapi: Core.Strapi, rows: ScheduleRow[]): Promise<HomeSummary['scheduled']> {
  const titles = new Map<string, string>();
  for (const uid of new Set(rows.map((row) => row.targetType))) {
    const type = SCHEDULABLE_TYPES[uid];
    if (!('titleField' in type)) continue;
    const documentIds = rows.filter((row) => row.targetType === uid).map((row) => row.targetDocumentId);
    // Draft rows first: the title being edited is the one the therapist recognises.
    const found = (await strapi.db.query(uid).findMany({
      where: { documentId: { $in: documentIds } },
      select: ['documentId', type.titleField],
      orderBy: { publishedAt: 'desc' },
    })) as Array<Record<string, unknown>>;
    for (const row of found) {
      const title = row[type.titleField];
      if (typeof title === 'string' && title.trim()) titles.set(String(row.documentId), title);
    }
  }
  return rows.map((row) => ({ ...row, title: titles.get(row.targetDocumentId) ?? null }));
}

export async function homeSummary(strapi: Core.Strapi, ability: Ability | undefined, env: NodeJS.ProcessEnv = process.env): Promise<HomeSummary> {
  const can = (action: string, uid: string): boolean => ability?.can(`plugin::content-manager.explorer.${action}`, uid) === true;
  const readable = (Object.keys(SCHEDULABLE_TYPES) as SchedulableUid[]).filter((uid) => can('read', uid));
  const drafts = (await Promise.all(readable.map((uid) => draftsOf(strapi, uid)))).flat();
  drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const scheduled = await withTitles(strapi, (await openSchedules(strapi)).filter((row) => can('publish', row.targetType)));
  return {
    requests: can('read', ENQUIRY_UID) ? await waitingRequests(strapi) : null,
    drafts: readable.length > 0 ? { count: drafts.length, recent: drafts.slice(0, 5) } : null,
    scheduled,
    siteUrl: env.TEND_WEB_URL?.trim() || null,
  };
}
