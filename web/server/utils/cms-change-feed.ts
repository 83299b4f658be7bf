import { collectionResponse, ContentChangeSchema } from '@tend/shared-types';

/**
 * The reconciliation: the CMS records every publish, unpublish and delete (api::content-change);
 * every few minutes the web asks what happened since the last change it saw and purges exactly
 * that, so a lost webhook is caught within one interval without reloading the archive.
 */
const ChangeList = collectionResponse(ContentChangeSchema);
const CURSOR_KEY = 'reconcile:cursor';
const PAGE_SIZE = 100;

function readChanges(afterId: number) {
  return cmsGet(
    '/api/content-changes',
    { filters: { id: { $gt: afterId } }, sort: ['id:asc'], pagination: { page: 1, pageSize: PAGE_SIZE } },
    ChangeList,
  );
}

async function latestChangeId(): Promise<number> {
  const response = await cmsGet('/api/content-changes', { sort: ['id:desc'], pagination: { page: 1, pageSize: 1 } }, ChangeList);
  return response.data[0]?.id ?? 0;
}

/**
 * Called at start-up: a cache storage seen for the first time holds nothing older than now, so
 * the feed is followed from its current end. A storage that has a cursor keeps it, so changes
 * made while this server was down are replayed by the next reconciliation.
 */
export async function startFollowingChanges(): Promise<void> {
  const storage = useStorage(CMS_CACHE_BASE);
  if (typeof (await storage.getItem<number>(CURSOR_KEY)) !== 'number') await storage.setItem(CURSOR_KEY, await latestChangeId());
}

/** Returns the tags purged. The cursor is shared through the cache storage by every web server. */
export async function reconcileWithCms(): Promise<string[]> {
  const storage = useStorage(CMS_CACHE_BASE);
  const cursor = await storage.getItem<number>(CURSOR_KEY);
  if (typeof cursor !== 'number') {
    await startFollowingChanges();
    return [];
  }
  const purged = new Set<string>();
  let after = cursor;
  for (;;) {
    const { data } = await readChanges(after);
    // Several changes to one document need one purge: the CMS is read again anyway.
    const distinct = new Map(data.map((change) => [`${change.model}:${change.slug ?? ''}`, change]));
    for (const change of distinct.values()) {
      for (const tag of await refreshForChange(isSiteContentModel(change.model) ? change.model : 'unknown', change.slug ?? null)) purged.add(tag);
    }
    after = data.at(-1)?.id ?? after;
    await storage.setItem(CURSOR_KEY, after);
    if (data.length < PAGE_SIZE) return [...purged];
  }
}
