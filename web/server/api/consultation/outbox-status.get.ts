import { outboxStatusKey } from '../../consultation/status-key';
import type { OutboxStatus } from '../../consultation/outbox-status';

/**
 * How many consultation requests wait in this server's outbox, and why: asked by the cms (server
 * to server) for the dashboard's notice and the therapist's email. The cms asks rather than the
 * web telling it, because the commonest cause of a stuck request is a wrong enquiry token, which
 * is exactly what would stop the web from reaching the cms. Counts, ages and reasons only.
 */
const failedAttempts = () => createRateLimiter({ name: 'outbox-status-failures', max: 10, windowMs: 60_000, store: useRateLimitStore() });

export default defineEventHandler(async (event): Promise<OutboxStatus> => {
  setResponseHeader(event, 'Cache-Control', 'no-store');
  const secret = useRuntimeConfig(event).revalidateSecret;
  const token = bearerToken(getRequestHeader(event, 'authorization'));
  if (!secret || !secretsMatch(token, outboxStatusKey(secret))) {
    // Limited per connecting address (never X-Forwarded-For), like the webhook's secret.
    const decision = await failedAttempts().take(getRequestIP(event) ?? 'unknown');
    if (!decision.allowed) {
      setResponseHeader(event, 'Retry-After', decision.retryAfterSeconds);
      throw createError({ statusCode: 429, statusMessage: 'Too many attempts with a wrong key.' });
    }
    throw createError({ statusCode: 401, statusMessage: 'Missing or wrong outbox status key.' });
  }
  return useEnquiryRuntime().outbox.status();
});
