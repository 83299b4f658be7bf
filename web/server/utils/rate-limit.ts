/**
 * A sliding-window rate limiter kept in this process's memory: right for one web server. With
 * several web servers behind a load balancer each would count on its own (a shared store such as
 * Redis would then be needed). Memory is bounded: at most `maxKeys` clients are remembered.
 */
export interface RateLimiterOptions {
  /** Requests allowed per client within the window. */
  max: number;
  windowMs: number;
  maxKeys?: number;
  now?: () => number;
}

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request for `key` if it is allowed; refuses (without counting) otherwise. */
  take(key: string): RateLimitDecision;
  /** Clients currently remembered. */
  size(): number;
}

export function createRateLimiter({ max, windowMs, maxKeys = 10_000, now = Date.now }: RateLimiterOptions): RateLimiter {
  const hits = new Map<string, number[]>();

  const recent = (key: string, at: number): number[] => (hits.get(key) ?? []).filter((time) => time > at - windowMs);

  function forgetOld(at: number): void {
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
    take(key) {
      const at = now();
      const times = recent(key, at);
      if (times.length >= max) {
        hits.set(key, times);
        const oldest = times[0] ?? at;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - at) / 1000)) };
      }
      if (!hits.has(key) && hits.size >= maxKeys) forgetOld(at);
      hits.delete(key);
      hits.set(key, [...times, at]);
      return { allowed: true, remaining: max - times.length - 1 };
    },
    size: () => hits.size,
  };
}
