import { createMemoryRateLimitStore, type RateLimitStore } from './rate-limit';
import { createRedisRateLimitStore } from './rate-limit-redis';

let store: RateLimitStore | undefined;

/**
 * The store every rate limit of this server counts in: Redis when NUXT_REDIS_URL is set (all web
 * servers share the counts), this process's memory otherwise. Made on first use.
 */
export function useRateLimitStore(): RateLimitStore {
  if (!store) {
    const { redisUrl } = useRuntimeConfig();
    store = redisUrl ? createRedisRateLimitStore({ url: String(redisUrl) }) : createMemoryRateLimitStore();
  }
  return store;
}
