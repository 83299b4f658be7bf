import { randomBytes } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readOutboxStatus } from '../consultation/outbox-status';
import type { CacheBackend, HealthChecks } from './readiness';

/** Each check gives up after this long: a health check that hangs is a failed one. */
const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((done) => (timer = setTimeout(() => done(fallback), CHECK_TIMEOUT_MS)));
  return Promise.race([work.catch(() => fallback), timeout]).finally(() => clearTimeout(timer));
}

/** Strapi's own liveness route answers 204 without touching content. */
async function cmsAnswers(cmsUrl: string): Promise<boolean> {
  const response = await fetch(new URL('/_health', cmsUrl), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
  await response.arrayBuffer();
  return response.status === 204;
}

/** Writes, reads back and removes a probe entry: the cache answers only if all three work. */
async function cacheAnswers(): Promise<boolean> {
  const storage = useStorage(CMS_CACHE_BASE);
  const key = `healthz:${randomBytes(6).toString('hex')}`;
  const value = randomBytes(6).toString('hex');
  await storage.setItem(key, value);
  const read = await storage.getItem(key);
  await storage.removeItem(key);
  return read === value;
}

/** The folder takes a new file (same kind of write as a request's), then the probe is removed. */
async function outboxWritable(dir: string): Promise<boolean> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const probe = join(dir, `.healthz.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(probe, 'wx', 0o600);
  await handle.close();
  await rm(probe, { force: true });
  return true;
}

/** The same counts the dashboard's notice shows (refused, damaged, or waiting over 15 minutes). */
async function outboxCounts(dir: string, now: number): Promise<{ waiting: number; stuck: number }> {
  const { waiting, stuck } = await readOutboxStatus(dir, now);
  return { waiting, stuck };
}

export async function runHealthChecks(now = Date.now()): Promise<HealthChecks> {
  const config = useRuntimeConfig();
  const backend: CacheBackend = config.redisUrl ? 'redis' : 'disk';
  const outboxDir = resolve(config.outboxDir || '.data/outbox');
  const [cms, cache, writable, counts] = await Promise.all([
    withTimeout(cmsAnswers(config.cmsUrl), false),
    withTimeout(cacheAnswers(), false),
    withTimeout(outboxWritable(outboxDir), false),
    withTimeout(outboxCounts(outboxDir, now), null),
  ]);
  return {
    cms: { ok: cms },
    cache: { backend, ok: cache },
    outbox: { ok: writable && counts !== null, waiting: counts?.waiting ?? 0, stuck: counts?.stuck ?? 0 },
  };
}
