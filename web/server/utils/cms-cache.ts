import { buildIdForCache } from './cache-build-id';
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
  /** Loads now and stores the result. */
  refresh(...args: Args): Promise<T>;
  /** Stores a value just read from the CMS (the webhook has it already: no second read). */
  store(loaded: Loaded<T>, ...args: Args): Promise<void>;
  readonly cacheName: string;
}

export function cacheBuildId(): string {
  return buildIdForCache(useRuntimeConfig().app.buildId);
}

/**
 * `load` returns the value and its tags; a null value (nothing published under that key) is not
 * stored, so unknown addresses cannot fill the cache.
 */
export interface CmsCachedOptions {
  /**
   * Serve the stale value while a new one loads in the background, then call `afterRefresh` with
   * the old and the new value — for values slow to compute and fine to show a few seconds late
   * (topic counts).
   */
  refreshInBackground?: { afterRefresh: (before: unknown, after: unknown) => Promise<unknown> };
}

export function defineCmsCached<Args extends unknown[], T>(
  name: string,
  keyOf: (...args: Args) => string,
  load: (...args: Args) => Promise<Loaded<T>>,
  options: CmsCachedOptions = {},
): CmsCached<Args, T> {
  const inflight = new Map<string, Promise<T>>();
  const prefix = `${GROUP}:${name}:`;
  const storage = () => useStorage(CMS_CACHE_BASE);
  const readEntry = (key: string) => storage().getItem<Entry<T>>(prefix + key).catch(() => null);

  /**
   * A cache that cannot be written (disk full, Redis away) costs speed, not the answer: the value
   * just read from the CMS is still served, and the failure is logged.
   */
  async function write(key: string, value: T, versions: TagVersions): Promise<void> {
    try {
      if (value === null) await storage().removeItem(prefix + key);
      else await storage().setItem(prefix + key, { value, fetchedAt: Date.now(), build: cacheBuildId(), tags: versions } satisfies Entry<T>);
    } catch (error) {
      console.error(`[cms-cache] could not write ${name}:${key}; serving the CMS's answer without caching it.`, String(error));
    }
  }

  async function store({ value, tags }: Loaded<T>, ...args: Args): Promise<void> {
    await write(keyOf(...args), value, await currentTagVersions([CACHE_TAGS.everything, ...tags]));
  }

  function refresh(...args: Args): Promise<T> {
    const key = keyOf(...args);
    const running = inflight.get(key);
    if (running) return running;
    const loading = (async () => {
      const started = Date.now();
      const { value, tags } = await load(...args);
      // A tag purged while this was loading may describe a change the load did not see: such an
      // entry is stored, but loaded again on its next read.
      const versions = await currentTagVersions([CACHE_TAGS.everything, ...tags]);
      await write(key, value, markChangedSince(versions, started));
      return value;
    })().finally(() => inflight.delete(key));
    inflight.set(key, loading);
    return loading;
  }

  async function get(...args: Args): Promise<T> {
    const key = keyOf(...args);
    const entry = await readEntry(key);
    if (!entry || entry.build !== cacheBuildId()) return refresh(...args);
    if (!(await tagsAreCurrent(entry.tags)) && options.refreshInBackground) {
      const { afterRefresh } = options.refreshInBackground;
      if (!inflight.has(key)) {
        refresh(...args)
          .then((value) => afterRefresh(entry.value, value))
          .catch((error: unknown) => console.error(`[cms-cache] background refresh of ${name}:${key} failed.`, String(error)));
      }
      return entry.value;
    }
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
    await storage()
      .removeItem(prefix + keyOf(...args))
      .catch((error: unknown) => console.error(`[cms-cache] could not remove ${name}:${keyOf(...args)}.`, String(error)));
  }

  return Object.assign(get, { refresh, store, remove, peek, cacheName: name });
}
