import type { Core } from '@strapi/strapi';

/**
 * Readers never sign in, so the "User" collection of the Users & Permissions plugin (which Strapi
 * needs for its API tokens and roles) has nothing to show the therapist: it leaves the Content
 * Manager's menu. Set in register(), before the Content Manager reads which types it shows.
 */
export const READER_ACCOUNTS = 'plugin::users-permissions.user';

export function hideUserCollection(strapi: Core.Strapi): void {
  const schema = strapi.contentTypes[READER_ACCOUNTS as keyof typeof strapi.contentTypes] as { pluginOptions?: Record<string, unknown> } | undefined;
  if (!schema) return;
  const current = (schema.pluginOptions?.['content-manager'] ?? {}) as Record<string, unknown>;
  schema.pluginOptions = { ...schema.pluginOptions, 'content-manager': { ...current, visible: false } };
}
