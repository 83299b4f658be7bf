import type { Core } from '@strapi/strapi';

export const MARKETPLACE_ACTION = 'admin::marketplace.read';

interface PermissionService {
  actionProvider: { has(key: string): boolean; delete(key: string): Promise<unknown> };
  cleanPermissionsInDatabase(): Promise<void>;
}

interface RoleService {
  resetSuperAdminPermissions(): Promise<void>;
}

/**
 * Strapi 5.54 has no setting for it, so the Marketplace (a menu entry leading to
 * market.strapi.io, and the installed-plugins page behind the same permission) is removed by
 * unregistering its permission: no role, not even the Super Admin, holds it any more, and the
 * dashboard hides what the user is not allowed to open. Runs after the admin plugin has
 * registered its actions, at every boot.
 */
export async function hideMarketplace(strapi: Core.Strapi): Promise<void> {
  const permissions = strapi.service('admin::permission') as unknown as PermissionService;
  const roles = strapi.service('admin::role') as unknown as RoleService;
  if (!permissions.actionProvider.has(MARKETPLACE_ACTION)) return;
  await permissions.actionProvider.delete(MARKETPLACE_ACTION);
  await roles.resetSuperAdminPermissions();
  await permissions.cleanPermissionsInDatabase();
}
