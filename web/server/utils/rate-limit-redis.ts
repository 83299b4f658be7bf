import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createMemoryRateLimitStore, type RateLimitDecision, type RateLimitStore } from './rate-limit';

/**
 * Rate-limit counts in Redis, so that several web servers behind one proxy share one count per
 * client (and one site-wide ceiling). One sorted set per key, scored by time; the check and the
 * count are one Lua script, so two servers cannot both take the last slot.
 *
 * When Redis cannot be reached the counts fall back to this process's memory (logged once per
 * outage): limits keep working per server, and nobody is refused because Redis is down.
 */
const SLIDING_WINDOW = `
local key, now, window, max, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
if count >= max then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2])}
end
redis.call('ZADD', key, now, member)
redis.call('PEXPIRE', key, window)
return {1, max - count - 1}
`;

export interface RedisRateLimitStoreOptions {
  url: string;
  /** Prefix of every key, shared by all web servers of one site. */
  prefix?: string;
  log?: (line: string) => void;
}

export interface RedisRateLimitStore extends RateLimitStore {
  close(): Promise<void>;
}

export function createRedisRateLimitStore({ url, prefix = 'tend:rate:', log = console.error }: RedisRateLimitStoreOptions): RedisRateLimitStore {
  // Fail fast instead of queueing while Redis is away: the memory fallback answers at once. A Redis
  // that holds the connection but does not answer (frozen, overloaded) must not hold the reader
  // either: a command gives up after a second, like the cache's (redis-with-fallback.ts).
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000, commandTimeout: 1000 });
  redis.on('error', () => undefined); // reported below, once per outage
  const fallback = createMemoryRateLimitStore();
  let degraded = false;
  let sequence = 0;
  const instance = randomBytes(6).toString('hex');

  async function takeShared(key: string, max: number, windowMs: number, at: number): Promise<RateLimitDecision> {
    if (redis.status === 'wait') await redis.connect();
    // Unique across servers: two containers may both run as pid 1 and take in the same millisecond.
    const member = `${at}-${instance}-${sequence++}`;
    const [allowed, figure] = (await redis.eval(SLIDING_WINDOW, 1, prefix + key, at, windowMs, max, member)) as [number, number];
    return allowed === 1
      ? { allowed: true, remaining: figure }
      : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((figure + windowMs - at) / 1000)) };
  }

  return {
    async take(key, limit, at) {
      try {
        const decision = await takeShared(key, limit.max, limit.windowMs, at);
        if (degraded) log('[rate-limit] Redis is back: rate limits are shared between web servers again.');
        degraded = false;
        return decision;
      } catch (error) {
        if (!degraded) log(`[rate-limit] Redis cannot be reached (${String(error)}); counting in this server's memory until it is back.`);
        degraded = true;
        return fallback.take(key, limit, at);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
