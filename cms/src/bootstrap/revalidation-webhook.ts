import type { Core } from '@strapi/strapi';
import { optionalWebSecret } from '../config-support/web-secrets';

/**
 * Publishing must reach readers within seconds: every change to content is announced to the
 * website's revalidation endpoint, which refreshes exactly the pages concerned. The webhook is
 * kept in line with the environment on every boot (TEND_WEB_REVALIDATE_URL,
 * TEND_REVALIDATE_SECRET), through Strapi's own webhook store and runner, so it is live at once
 * and shows in Settings → Webhooks. Other webhooks are left alone.
 */
export const REVALIDATION_WEBHOOK_NAME = 'Website revalidation';

export const REVALIDATION_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'];

export interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

type WebhookInput = Omit<Webhook, 'id'>;

interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<WebhookInput, 'isEnabled'>): Promise<Webhook>;
  updateWebhook(id: string, data: WebhookInput): Promise<Webhook | null>;
  deleteWebhook(id: string): Promise<Webhook | null>;
}

interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
  remove(webhook: Webhook): void;
}

export function wantedWebhook(env: NodeJS.ProcessEnv): WebhookInput | null {
  const url = env.TEND_WEB_REVALIDATE_URL?.trim();
  const secret = optionalWebSecret(env.TEND_REVALIDATE_SECRET, 'TEND_REVALIDATE_SECRET');
  if (!url || !secret) return null;
  if (!/^https?:\/\//.test(url)) {
    throw new Error(`TEND_WEB_REVALIDATE_URL must be an http(s) URL, got "${url}".`);
  }
  return {
    name: REVALIDATION_WEBHOOK_NAME,
    url,
    headers: { Authorization: `Bearer ${secret}` },
    events: [...REVALIDATION_EVENTS],
    isEnabled: true,
  };
}

const same = (a: WebhookInput, b: WebhookInput): boolean =>
  a.url === b.url
  && a.isEnabled === b.isEnabled
  && JSON.stringify(a.headers) === JSON.stringify(b.headers)
  && [...a.events].sort().join() === [...b.events].sort().join();

export async function ensureRevalidationWebhook(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const wanted = wantedWebhook(env);
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const [existing, ...duplicates] = (await store.findWebhooks()).filter((hook) => hook.name === REVALIDATION_WEBHOOK_NAME);

  if (!wanted) {
    // Not configured here: create nothing, and do not remove one an operator set up by hand.
    strapi.log.warn(
      '[tend] TEND_WEB_REVALIDATE_URL or TEND_REVALIDATE_SECRET is not set: publishing will not refresh the website at once.',
    );
    return;
  }

  for (const duplicate of duplicates) {
    await store.deleteWebhook(duplicate.id);
    runner.remove(duplicate);
  }
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
    strapi.log.info(`[tend] webhook "${REVALIDATION_WEBHOOK_NAME}" created for ${wanted.url}.`);
    return;
  }
  if (same(existing, wanted)) return;
  const updated = await store.updateWebhook(existing.id, wanted);
  if (updated) runner.update(updated);
  strapi.log.info(`[tend] webhook "${REVALIDATION_WEBHOOK_NAME}" updated for ${wanted.url}.`);
}
