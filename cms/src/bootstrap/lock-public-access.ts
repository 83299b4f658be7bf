import type { Core } from '@strapi/strapi';

/**
 * Readers never talk to Strapi: the Public role gets no permission at all and nobody can
 * register. Applied on every boot so that a click in the dashboard cannot open a hole that
 * survives a restart.
 */
export async function lockPublicAccess(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } })) as { id: number } | null;
  if (role) {
    const removed = await strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { role: role.id } });
    if (removed.count > 0) {
      strapi.log.info(`[tend] removed ${removed.count} permissions from the Public role.`);
    }
  }

  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  }
}
