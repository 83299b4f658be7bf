import type { TagVersions } from './cache-tags';

/**
 * Cached CMS reads on Nitro's storage layer (plugins/cms-cache-storage.ts: disk by default, Redis
 * when several web servers share it), one small entry per thing a page shows: one article, one
 * page of a list, the site chrome. Entries live at `cms-cache:cms:<name>:<key>`.
 *
 * Why not Nitro's `defineCachedFunction`: an entry must become stale the moment a publish changes
 * one of the tags it was built from (cache-tags.ts) — not after a time — and must keep serving the
 * last good copy when the CMS is down while it is being rebuilt. Nitro's cache knows only ages.
 */
export const CMS_CACHE_BASE = 'cms-cache';
const GROUP = 'cms';
/** A safety net only (tags do the real work): entries older than this refresh in the background. */
const MAX_AGE_MS = 60 * 60 * 1000;

interface Entry<T> {
  value: T;
  fetchedAt: number;
  /** Entries written by another build may have another shape: they are reloaded. */
  build: string;
  tags: TagVersions;
}

export interface Loaded<T> {
  value: T;
  /** What the value was built from; a change to any of these makes the entry stale. */
  tags: string[];
}

export interface CmsCached<Args extends unknown[], T> {
  (...args: Args): Promise<T>;
  /** Forgets the entry (an unpublished or deleted article leaves nothing behind). */
  remove(...args: Args): Promise<void>;
  /** The cached value, however stale, without asking the CMS (null when there is none). */
  peek(...args: Args): Promise<T | null>;
  /** Loads now and stores the result (used when a webhook already holds fresh data). */
  refresh(...args: Args): Promise<T>;
  readonly cacheName: string;
}

export function cacheBuildId(): string {
  return useRuntimeConfig().app.buildId ?? 'dev';
}

/**
 * `load` returns the value and its tags; a null value (nothing published under that key) is not
 * stored, so unknown addresses cannot fill the cache.
 */
export function defineCmsCached<Args extends unknown[], T>(
  name: string,
  keyOf: (...args: Args) => string,
  load: (...args: Args) => Promise<Loaded<T>>,
): CmsCached<Args, T> {
  const inflight = new Map<string, Promise<T>>();
  const prefix = `${GROUP}:${name}:`;
  const storage = () => useStorage(CMS_CACHE_BASE);
  const readEntry = (key: string) => storage().getItem<Entry<T>>(prefix + key).catch(() => null);

  function refresh(...args: Args): Promise<T> {
    const key = keyOf(...args);
    const running = inflight.get(key);
    if (running) return running;
    const loading = (async () => {
      // Versions are read before loading: a publish during the load leaves this entry stale.
      const { value, tags } = await load(...args);
      const entry: Entry<T> = { value, fetchedAt: Date.now(), build: cacheBuildId(), tags: await currentTagVersions([CACHE_TAGS.everything, ...tags]) };
      if (value === null) await storage().removeItem(prefix + key);
      else await storage().setItem(prefix + key, entry);
      return value;
    })().finally(() => inflight.delete(key));
    inflight.set(key, loading);
    return loading;
  }

  async function get(...args: Args): Promise<T> {
    const key = keyOf(...args);
    const entry = await readEntry(key);
    if (!entry || entry.build !== cacheBuildId()) return refresh(...args);
    if (!(await tagsAreCurrent(entry.tags))) {
      // Changed in the CMS: readers get the new content, or the last good copy if the CMS is down.
      return refresh(...args).catch((error: unknown) => {
        console.error(`[cms-cache] reloading ${name}:${key} failed; serving the last good copy.`, String(error));
        return entry.value;
      });
    }
    if (Date.now() - entry.fetchedAt > MAX_AGE_MS) {
      refresh(...args).catch((error: unknown) => {
        console.error(`[cms-cache] background refresh of ${name}:${key} failed; serving the last good copy.`, String(error));
      });
    }
    return entry.value;
  }

  async function peek(...args: Args): Promise<T | null> {
    return (await readEntry(keyOf(...args)))?.value ?? null;
  }

  async function remove(...args: Args): Promise<void> {
    await storage().removeItem(prefix + keyOf(...args));
  }

  return Object.assign(get, { refresh, remove, peek, cacheName: name });
}
