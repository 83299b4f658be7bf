/**
 * Sliding-window rate limits. Where the counts live is a `RateLimitStore`: this process's memory
 * (one web server), or Redis shared by every web server (rate-limit-redis.ts, chosen by
 * `useRateLimitStore()` when NUXT_REDIS_URL is set). A limiter counts only what it allows.
 */
export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimitWindow {
  /** Requests allowed per key within the window. */
  max: number;
  windowMs: number;
}

export interface RateLimitStore {
  /** Counts one request at `at` for `key` if fewer than `max` fell within the window; refuses (without counting) otherwise. */
  take(key: string, limit: RateLimitWindow, at: number): Promise<RateLimitDecision>;
}

export interface RateLimiter {
  take(key: string): Promise<RateLimitDecision>;
}

export interface RateLimiterOptions extends RateLimitWindow {
  /** Names the counts in a shared store (several limiters may share one): `enquiry`, `preview-failures`… */
  name: string;
  store?: RateLimitStore;
  now?: () => number;
}

export const retryAfterSeconds = (oldest: number, windowMs: number, at: number): number =>
  Math.max(1, Math.ceil((oldest + windowMs - at) / 1000));

export interface MemoryRateLimitStore extends RateLimitStore {
  /** Keys currently remembered. */
  size(): number;
}

/** Counts in this process's memory; at most `maxKeys` keys are remembered (a flood of clients cannot fill it). */
export function createMemoryRateLimitStore(maxKeys = 10_000): MemoryRateLimitStore {
  const hits = new Map<string, number[]>();

  function forgetOld(at: number, windowMs: number): void {
    for (const [key, times] of hits) {
      if (times.every((time) => time <= at - windowMs)) hits.delete(key);
    }
    // Still full (a flood of distinct clients): forget the longest-known ones first.
    for (const key of hits.keys()) {
      if (hits.size < maxKeys) break;
      hits.delete(key);
    }
  }

  return {
    async take(key, { max, windowMs }, at) {
      const times = (hits.get(key) ?? []).filter((time) => time > at - windowMs);
      if (times.length >= max) {
        hits.set(key, times);
        return { allowed: false, retryAfterSeconds: retryAfterSeconds(times[0] ?? at, windowMs, at) };
      }
      if (!hits.has(key) && hits.size >= maxKeys) forgetOld(at, windowMs);
      hits.delete(key);
      hits.set(key, [...times, at]);
      return { allowed: true, remaining: max - times.length - 1 };
    },
    size: () => hits.size,
  };
}

export function createRateLimiter({ name, max, windowMs, store = createMemoryRateLimitStore(), now = Date.now }: RateLimiterOptions): RateLimiter {
  return {
    take: (key) => store.take(`${name}:${key}`, { max, windowMs }, now()),
  };
}

/**
 * A per-client limit under a site-wide ceiling: many clients (or many IPv6 /64s of one attacker)
 * each within their own allowance still stop at the ceiling. The client's limit is asked first,
 * so one client's refused requests never use up the ceiling for everybody else.
 */
export function withSiteWideCeiling(perClient: RateLimiter, siteWide: RateLimiter): RateLimiter {
  return {
    async take(key) {
      const own = await perClient.take(key);
      if (!own.allowed) return own;
      return siteWide.take('site');
    },
  };
}
