import type { Core } from '@strapi/strapi';

interface Webhook {
  id: string;
}

/**
 * Bulk generation would announce every article to the website's revalidation webhook, thousands
 * of calls for content no reader has seen. This takes the webhooks out of this process's runner
 * only (the stored webhooks and the running site are untouched); the website catches up through
 * the change feed instead.
 */
export async function quietWebhooks(strapi: Core.Strapi): Promise<void> {
  const store = strapi.get('webhookStore') as { findWebhooks(): Promise<Webhook[]> };
  const runner = strapi.get('webhookRunner') as { remove(webhook: Webhook): void };
  for (const webhook of await store.findWebhooks()) runner.remove(webhook);
}
