/**
 * Stale-while-revalidate cache of CMS data on Nitro's storage layer (mounted by
 * plugins/cms-cache-storage.ts: disk by default, Redis when configured).
 *
 * Entries live at `cms-cache:cms:<name>:<key>`, so a publish can refresh exactly what it touched.
 * A refresh loads first and replaces the entry only on success: if the CMS is down, readers keep
 * the last good data. Failures are never stored.
 */
export const CMS_CACHE_BASE = 'cms-cache';
const GROUP = 'cms';
/** Fresh for five minutes; after that served as is while one background load refreshes it. */
const FRESH_MS = 5 * 60 * 1000;

interface Entry<T> {
  value: T;
  fetchedAt: number;
  /** Entries written by another build may have another shape: they are reloaded. */
  build: string;
}

export interface CmsCached<Args extends unknown[], T> {
  (...args: Args): Promise<T>;
  /** Loads now and stores the result; throws (keeping the old entry) if loading fails. */
  refresh(...args: Args): Promise<T>;
  /** Keys currently cached for this name (e.g. every cached article slug). */
  cachedKeys(): Promise<string[]>;
  readonly cacheName: string;
}

function buildId(): string {
  return useRuntimeConfig().app.buildId ?? 'dev';
}

export function defineCmsCached<Args extends unknown[], T>(
  name: string,
  keyOf: (...args: Args) => string,
  load: (...args: Args) => Promise<T>,
): CmsCached<Args, T> {
  const inflight = new Map<string, Promise<T>>();
  const prefix = `${GROUP}:${name}:`;
  const storage = () => useStorage(CMS_CACHE_BASE);

  function refresh(...args: Args): Promise<T> {
    const key = keyOf(...args);
    const running = inflight.get(key);
    if (running) return running;
    const loading = load(...args)
      .then(async (value) => {
        const entry: Entry<T> = { value, fetchedAt: Date.now(), build: buildId() };
        await storage().setItem(prefix + key, entry);
        return value;
      })
      .finally(() => inflight.delete(key));
    inflight.set(key, loading);
    return loading;
  }

  async function get(...args: Args): Promise<T> {
    const entry = await storage()
      .getItem<Entry<T>>(prefix + keyOf(...args))
      .catch(() => null);
    if (!entry || entry.build !== buildId()) return refresh(...args);
    if (Date.now() - entry.fetchedAt > FRESH_MS) {
      refresh(...args).catch((error: unknown) => {
        console.error(`[cms-cache] background refresh of ${name} failed; serving the last good copy.`, String(error));
      });
    }
    return entry.value;
  }

  async function cachedKeys(): Promise<string[]> {
    const keys = await storage().getKeys(`${GROUP}:${name}`);
    // Only keys this module wrote (files of another format in the same folder are ignored).
    return keys.map((key) => key.slice(prefix.length)).filter((key) => /^[\w-]+$/.test(key));
  }

  return Object.assign(get, { refresh, cachedKeys, cacheName: name });
}
