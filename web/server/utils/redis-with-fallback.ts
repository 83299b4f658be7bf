import type { Redis } from 'ioredis';
import type { Driver } from 'unstorage';
import lruCacheDriver from 'unstorage/drivers/lru-cache';
import redisDriver from 'unstorage/drivers/redis';

/**
 * Storage shared by several web servers through Redis that keeps working when Redis does not.
 *
 * While Redis answers, every read and write goes to Redis, so what one server stores (a purge, a
 * page) the others see at once. When Redis stops answering, this server carries on with a small
 * cache in its own memory, starting empty: nothing it kept from an earlier outage can be served.
 * When Redis is back, `onReturn` runs against Redis before Redis is used again (tend bumps every
 * cache tag there, since a purge this server made locally, or a Redis restored from an older
 * snapshot, may have left stale entries in it), then the local cache is dropped.
 *
 * Each change of state is logged once, never per request.
 */
export interface RedisWithFallbackOptions {
  url: string;
  /** Prefix of every Redis key. */
  base: string;
  /** Runs on Redis each time it becomes reachable again, before any request reads it. */
  onReturn: (redis: Driver, context: ReturnContext) => Promise<void>;
  /** Memory for the local cache while Redis is away. */
  fallbackMaxBytes: number;
  log?: (message: string) => void;
}

export interface ReturnContext {
  /** False on the first connection after start-up. */
  wasConnectedBefore: boolean;
  /** Keys this server wrote to its own memory while Redis was away. */
  writtenWhileAway: string[];
}

type State = 'connecting' | 'up' | 'down';

/** How long one Redis command may take before this server stops waiting and uses its memory. */
const COMMAND_TIMEOUT_MS = 1_000;

export function createRedisWithFallback(options: RedisWithFallbackOptions) {
  const log = options.log ?? ((message: string) => console.warn(message));
  const redis = redisDriver({
    url: options.url,
    base: options.base,
    // Fail fast instead of queueing while disconnected: a reader never waits on a missing Redis.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
    lazyConnect: false,
  });
  const newFallback = () => lruCacheDriver({ maxSize: options.fallbackMaxBytes, max: 10_000 });
  let fallback = newFallback();
  let state: State = 'connecting';
  let wasConnectedBefore = false;
  let returning: Promise<void> | null = null;
  let probe: NodeJS.Timeout | undefined;
  /** Writes made while Redis is being prepared: they must reach Redis too, or a purge is lost. */
  let writesDuringReturn: ((driver: Driver) => unknown)[] = [];

  function goDown(reason: string): void {
    if (state === 'down') return;
    log(
      state === 'up'
        ? `[shared-storage] Redis stopped answering (${reason}); this server uses its own memory until Redis answers again.`
        : `[shared-storage] Redis is not reachable (${reason}); this server uses its own memory until Redis answers.`,
    );
    // Entries from an earlier outage may be stale by now: each outage starts with an empty cache.
    if (state === 'up') fallback = newFallback();
    state = 'down';
    // A slow command leaves the connection open, so no reconnection will announce the return.
    if (client.status === 'ready') probeUntilAnswered();
  }

  function probeUntilAnswered(): void {
    clearTimeout(probe);
    probe = setTimeout(() => {
      client.ping().then(
        () => {
          if (state === 'down') returnToRedis();
        },
        () => {
          if (client.status === 'ready') probeUntilAnswered();
        },
      );
    }, 1_000);
    probe.unref();
  }

  function returnToRedis(): void {
    returning ??= comeBack().finally(() => (returning = null));
  }

  async function comeBack(): Promise<void> {
    try {
      const writtenWhileAway = (await fallback.getKeys('', {})) as string[];
      await options.onReturn(redis, { wasConnectedBefore, writtenWhileAway });
      while (writesDuringReturn.length > 0) {
        const writes = writesDuringReturn;
        writesDuringReturn = [];
        for (const write of writes) await write(redis);
      }
      fallback = newFallback();
      if (state !== 'up') log(wasConnectedBefore ? '[shared-storage] Redis is back; shared caches are in use again.' : '[shared-storage] Connected to Redis.');
      state = 'up';
      wasConnectedBefore = true;
    } catch (error) {
      writesDuringReturn = [];
      goDown(`could not prepare Redis after reconnecting: ${String(error)}`);
    }
  }

  const client = redis.getInstance!() as Redis;
  client.on('ready', returnToRedis);
  client.on('error', (error: Error) => goDown(error.message));
  client.on('close', () => goDown('connection closed'));

  /** Redis when it is up, this server's memory otherwise; a failing Redis call falls back too. */
  async function use<T>(operation: (driver: Driver) => T | Promise<T>, kind: 'read' | 'write' = 'read'): Promise<T> {
    if (state === 'up') {
      try {
        return await operation(redis);
      } catch (error) {
        goDown((error as Error).message);
      }
    }
    if (kind === 'write' && returning) writesDuringReturn.push(operation);
    return operation(fallback);
  }

  const driver: Driver = {
    name: 'redis-with-fallback',
    options,
    hasItem: (key, opts) => use((d) => d.hasItem(key, opts)),
    getItem: (key, opts) => use((d) => d.getItem(key, opts)),
    setItem: (key, value, opts) => use((d) => d.setItem!(key, value, opts), 'write'),
    removeItem: (key, opts) => use((d) => d.removeItem!(key, opts), 'write'),
    getKeys: (base, opts) => use((d) => d.getKeys(base, opts)),
    clear: (base, opts) => use((d) => d.clear!(base, opts), 'write'),
    async dispose() {
      clearTimeout(probe);
      await redis.dispose?.();
      await fallback.dispose?.();
    },
  };

  return {
    driver,
    /** Whether reads and writes currently go to Redis (for health reports and tests). */
    usingRedis: () => state === 'up',
  };
}
