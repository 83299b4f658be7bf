import fsDriver from 'unstorage/drivers/fs';
import redisDriver from 'unstorage/drivers/redis';

/**
 * Where cached CMS data lives, decided at start-up (not at build time): on disk by default so it
 * survives a restart, in Redis when several web servers must share it (NUXT_REDIS_URL).
 */
export default defineNitroPlugin(() => {
  const config = useRuntimeConfig();
  const storage = useStorage();
  if (config.redisUrl) {
    storage.mount(CMS_CACHE_BASE, redisDriver({ url: config.redisUrl, base: 'tend' }));
  } else {
    storage.mount(CMS_CACHE_BASE, fsDriver({ base: config.cacheDir || './.data/cms-cache' }));
  }
});
