import { version } from '../../package.json';
import { runHealthChecks } from '../health/checks';
import { healthStatus, type HealthReport, httpStatusFor } from '../health/readiness';

/**
 * Health and readiness for the proxy and the person on call: whether the CMS and the cache
 * answer, how many consultation requests wait or are stuck, which build runs. Counts only:
 * never the CMS address, a token or anything a reader sent.
 */
export default defineEventHandler(async (event): Promise<HealthReport> => {
  const checks = await runHealthChecks();
  const status = healthStatus(checks);
  setResponseStatus(event, httpStatusFor(status));
  setResponseHeader(event, 'Cache-Control', 'no-store');
  setResponseHeader(event, 'X-Robots-Tag', 'noindex');
  return { status, version: { tend: version, build: useRuntimeConfig().app.buildId ?? 'dev' }, checks };
});
