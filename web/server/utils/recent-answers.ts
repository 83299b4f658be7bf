import type { TagVersions } from './cache-tags';

/**
 * A small in-memory store of recent answers that depend on cache tags, for reads whose keys come
 * from readers (search queries): bounded, so no one can fill the disk or Redis with them, and
 * checked against the shared tag versions, so a publish on any server makes them stale at once.
 */
export function defineRecentAnswers<T>(limit: number) {
  const entries = new Map<string, { value: T; tags: TagVersions }>();

  async function get(key: string): Promise<T | null> {
    const entry = entries.get(key);
    if (!entry) return null;
    entries.delete(key);
    if (!(await tagsAreCurrent(entry.tags))) return null;
    entries.set(key, entry);
    return entry.value;
  }

  async function set(key: string, value: T, tags: string[]): Promise<void> {
    entries.delete(key);
    entries.set(key, { value, tags: await currentTagVersions([CACHE_TAGS.everything, ...tags]) });
    for (const oldest of entries.keys()) {
      if (entries.size <= limit) break;
      entries.delete(oldest);
    }
  }

  return { get, set };
}
