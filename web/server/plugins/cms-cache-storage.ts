import fsDriver from 'unstorage/drivers/fs';

/** Memory a web server may use for its own cache while Redis is away. */
const FALLBACK_MAX_BYTES = 48 * 1024 * 1024;

/**
 * Where cached CMS data, tag versions and rendered pages live, decided at start-up (not at build
 * time): on disk by default so they survive a restart, in Redis when several web servers must
 * share them (NUXT_REDIS_URL). Without Redis a server keeps serving from its own memory
 * (utils/redis-with-fallback.ts); when Redis returns, every entry in it is made stale once,
 * because purges made meanwhile (or a Redis restored from an older snapshot) may not be in it.
 */
export default defineNitroPlugin((nitroApp) => {
  const config = useRuntimeConfig();
  const storage = useStorage();
  if (!config.redisUrl) {
    storage.mount(CMS_CACHE_BASE, fsDriver({ base: config.cacheDir || './.data/cms-cache' }));
    return;
  }
  const shared = createRedisWithFallback({
    url: config.redisUrl,
    base: 'tend',
    fallbackMaxBytes: FALLBACK_MAX_BYTES,
    onReturn: async (redis, { wasConnectedBefore, writtenWhileAway }) => {
      const purgedWhileAway = writtenWhileAway.some((key) => key.startsWith(tagStorageKey('')));
      if (wasConnectedBefore || purgedWhileAway) await redis.setItem!(tagStorageKey(CACHE_TAGS.everything), newTagVersion(), {});
    },
  });
  storage.mount(CMS_CACHE_BASE, shared.driver);
  // Graceful shutdown (Nitro's `close` hook, after the last request): say goodbye to Redis.
  nitroApp.hooks.hook('close', () => storage.unmount(CMS_CACHE_BASE));
});
