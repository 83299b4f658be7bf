import { createHmac } from 'node:crypto';

/**
 * The key the cms shows when it asks for the outbox status: derived from the revalidation secret
 * both servers already share, so no new secret has to be set up, and the webhook's secret itself
 * never travels for another purpose. The cms computes the same (cms/src/outbox-watch/).
 */
export const OUTBOX_STATUS_PURPOSE = 'tend:outbox-status:v1';

export const outboxStatusKey = (revalidateSecret: string): string =>
  createHmac('sha256', revalidateSecret).update(OUTBOX_STATUS_PURPOSE).digest('base64url');
