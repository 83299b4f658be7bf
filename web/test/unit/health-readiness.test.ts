import { describe, expect, it } from 'vitest';
import { type HealthChecks, healthStatus, httpStatusFor } from '../../server/health/readiness';

const healthy: HealthChecks = {
  cms: { ok: true },
  cache: { backend: 'disk', ok: true },
  outbox: { ok: true, waiting: 0, stuck: 0 },
};

const checksWith = (change: Partial<{ [K in keyof HealthChecks]: Partial<HealthChecks[K]> }>): HealthChecks => ({
  cms: { ...healthy.cms, ...change.cms },
  cache: { ...healthy.cache, ...change.cache },
  outbox: { ...healthy.outbox, ...change.outbox },
});

describe('/healthz readiness', () => {
  it('is ready (200) when everything answers', () => {
    expect(healthStatus(healthy)).toBe('ready');
    expect(httpStatusFor(healthStatus(healthy))).toBe(200);
  });

  it('takes this server out of the proxy (503) when a consultation request could not be kept', () => {
    expect(httpStatusFor(healthStatus(checksWith({ outbox: { ok: false } })))).toBe(503);
  });

  it('takes this server out (503) when its own disk cache does not answer', () => {
    expect(httpStatusFor(healthStatus(checksWith({ cache: { ok: false } })))).toBe(503);
  });

  it('keeps serving cached pages (200, degraded) when the CMS or the shared Redis is away', () => {
    for (const checks of [checksWith({ cms: { ok: false } }), checksWith({ cache: { backend: 'redis', ok: false } })]) {
      expect(healthStatus(checks)).toBe('degraded');
      expect(httpStatusFor(healthStatus(checks))).toBe(200);
    }
  });

  it('reports stuck consultation requests as degraded, not as ready', () => {
    expect(healthStatus(checksWith({ outbox: { waiting: 1, stuck: 1 } }))).toBe('degraded');
    expect(healthStatus(checksWith({ outbox: { waiting: 3, stuck: 0 } }))).toBe('ready');
  });
});
