/**
 * What /healthz answers, decided from the checks alone (no I/O here, so it is unit-tested).
 *
 * 503 ("not ready": the proxy should send readers to another web server) only for faults of
 * this server: its outbox folder cannot be written (a consultation request could be lost) or its
 * own disk cache does not answer. Faults every web server shares — the CMS or Redis away — give
 * 200 "degraded": no other server would do better, and cached pages with the crisis line are
 * better than the proxy's error page.
 */
export type CacheBackend = 'disk' | 'redis';

export interface HealthChecks {
  cms: { ok: boolean };
  cache: { backend: CacheBackend; ok: boolean };
  /** waiting: requests not yet delivered; stuck: refused for good, unreadable, or waiting too long. */
  outbox: { ok: boolean; waiting: number; stuck: number };
}

export type HealthStatus = 'ready' | 'degraded' | 'not-ready';

export interface HealthReport {
  status: HealthStatus;
  version: { tend: string; build: string };
  checks: HealthChecks;
}

export function healthStatus(checks: HealthChecks): HealthStatus {
  const localCacheDown = !checks.cache.ok && checks.cache.backend === 'disk';
  if (!checks.outbox.ok || localCacheDown) return 'not-ready';
  if (!checks.cms.ok || !checks.cache.ok || checks.outbox.stuck > 0) return 'degraded';
  return 'ready';
}

export const httpStatusFor = (status: HealthStatus): 200 | 503 => (status === 'not-ready' ? 503 : 200);
