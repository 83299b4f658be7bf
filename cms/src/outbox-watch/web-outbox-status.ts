import { createHmac } from 'node:crypto';
import { z } from 'zod';

/**
 * Asks the website how its consultation outbox is doing (GET /api/consultation/outbox-status).
 * The cms asks, rather than the website telling it, because the commonest cause of a stuck
 * request is a wrong or rotated enquiry token: exactly what stops the website from reaching the
 * cms. The key is derived from the revalidation secret both already share (TEND_REVALIDATE_SECRET
 * here, NUXT_REVALIDATE_SECRET there), so nothing new has to be set up; the web computes the same
 * (web/server/consultation/status-key.ts). Counts, ages and reasons only: no personal data.
 */
export const OUTBOX_STATUS_PURPOSE = 'tend:outbox-status:v1';

export const outboxStatusKey = (revalidateSecret: string): string =>
  createHmac('sha256', revalidateSecret).update(OUTBOX_STATUS_PURPOSE).digest('base64url');

export const OutboxStatusSchema = z.object({
  waiting: z.number().int().min(0),
  stuck: z.number().int().min(0),
  refused: z.number().int().min(0),
  damaged: z.number().int().min(0),
  oldestMinutes: z.number().int().min(0).nullable(),
  reasons: z.record(z.string().max(100), z.number().int().min(0)),
  stuckAfterMinutes: z.number().int().min(0),
  checkedAt: z.string(),
});
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;

export type WebStatusAnswer =
  | { kind: 'ok'; status: OutboxStatus }
  /** Not configured, unreachable or an answer we cannot read: said plainly on the dashboard. */
  | { kind: 'unknown'; reason: string };

export interface WebTarget {
  webUrl: string;
  revalidateSecret: string;
  timeoutMs?: number;
}

export function webTargetFromEnv(env: NodeJS.ProcessEnv = process.env): WebTarget | null {
  const webUrl = env.TEND_WEB_URL?.trim();
  const revalidateSecret = env.TEND_REVALIDATE_SECRET?.trim();
  return webUrl && revalidateSecret ? { webUrl, revalidateSecret } : null;
}

export async function fetchOutboxStatus(target: WebTarget | null): Promise<WebStatusAnswer> {
  if (!target) return { kind: 'unknown', reason: 'TEND_WEB_URL or TEND_REVALIDATE_SECRET is not set' };
  let response: Response;
  try {
    response = await fetch(new URL('/api/consultation/outbox-status', target.webUrl), {
      headers: { Authorization: `Bearer ${outboxStatusKey(target.revalidateSecret)}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(target.timeoutMs ?? 5000),
    });
  } catch {
    return { kind: 'unknown', reason: 'the website could not be reached' };
  }
  if (!response.ok) return { kind: 'unknown', reason: `the website answered HTTP ${response.status}` };
  const parsed = OutboxStatusSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? { kind: 'ok', status: parsed.data } : { kind: 'unknown', reason: 'the website sent an answer that could not be read' };
}
