import { randomBytes } from 'node:crypto';

/**
 * Versions of cache tags. Every cached entry (CMS data or a rendered page) records the versions of
 * the tags it was built from — `article:<slug>`, `related:<topic>`, `list:all`, `topics`,
 * `chrome` — and is current only while they are unchanged. A change in the CMS gives the affected
 * tags new versions: one small write per tag, so a purge is complete the moment it returns and
 * costs the same with 10 or 10,000 articles; dependent entries are rebuilt on their next read.
 *
 * Versions live in the cache storage (disk, or Redis shared by several web servers). On disk this
 * process is the only writer, so a copy in memory is authoritative; with Redis every check reads
 * through, so a purge made by another server is seen at once.
 */
export type TagVersions = Record<string, string>;

const UNSET = '0';
const memory = new Map<string, string>();

function sharedStorage(): boolean {
  return Boolean(useRuntimeConfig().redisUrl);
}

/** Where a tag's version is kept, relative to the cache storage. */
export const tagStorageKey = (tag: string) => `tags:${tag}`;
const storageKey = tagStorageKey;

/** A version no server has used before; it starts with its time (tagVersionTime). */
export function newTagVersion(): string {
  return `v${Date.now().toString(36)}.${randomBytes(4).toString('hex')}`;
}

export async function currentTagVersions(tags: Iterable<string>): Promise<TagVersions> {
  const wanted = [...new Set(tags)];
  const shared = sharedStorage();
  const missing = shared ? wanted : wanted.filter((tag) => !memory.has(tag));
  if (missing.length > 0) {
    const storage = useStorage(CMS_CACHE_BASE);
    const values = await Promise.all(missing.map((tag) => storage.getItem(storageKey(tag)).catch(() => null)));
    missing.forEach((tag, index) => {
      const value = values[index];
      memory.set(tag, typeof value === 'string' && value ? value : UNSET);
    });
  }
  return Object.fromEntries(wanted.map((tag) => [tag, memory.get(tag) ?? UNSET]));
}

export async function tagsAreCurrent(recorded: TagVersions): Promise<boolean> {
  const now = await currentTagVersions(Object.keys(recorded));
  return Object.entries(recorded).every(([tag, version]) => now[tag] === version);
}

/** When a version was made (0 for a tag never purged): versions start with their time. */
export function tagVersionTime(version: string): number {
  const match = /^v([0-9a-z]+)\./.exec(version);
  return match ? parseInt(match[1]!, 36) : 0;
}

/** Web servers sharing Redis may disagree on the time by this much. */
const CLOCK_SKEW_MS = 1000;

/**
 * The versions to record for something built from data read since `startedAt`: a tag purged
 * meanwhile may describe a change the build did not see, so the result is stored but counts as
 * stale (`reload` matches no version) and is built again on its next read.
 */
export function markChangedSince(versions: TagVersions, startedAt: number): TagVersions {
  const since = sharedStorage() ? startedAt - CLOCK_SKEW_MS : startedAt;
  return Object.fromEntries(Object.entries(versions).map(([tag, version]) => [tag, tagVersionTime(version) >= since ? 'reload' : version]));
}

/** Makes every entry built from one of these tags stale, here and on every server sharing the storage. */
export async function bumpTags(tags: Iterable<string>): Promise<string[]> {
  const unique = [...new Set(tags)];
  const storage = useStorage(CMS_CACHE_BASE);
  await Promise.all(
    unique.map(async (tag) => {
      const version = newTagVersion();
      await storage.setItem(storageKey(tag), version);
      memory.set(tag, version);
    }),
  );
  return unique;
}
