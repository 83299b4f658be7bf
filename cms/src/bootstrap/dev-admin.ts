import type { Core } from '@strapi/strapi';

interface AdminUserService {
  exists(attributes?: Record<string, unknown>): Promise<boolean>;
  createFirstAdmin(attributes: Record<string, unknown>): Promise<unknown>;
}

/**
 * In development the first dashboard account is created from cms/.env so that nobody has to
 * sign up before trying the product; `pnpm dev` prints the credentials. Never in production:
 * there the therapist registers the first account in the dashboard.
 */
export async function ensureDevAdmin(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV !== 'development') return;
  const email = process.env.TEND_DEV_ADMIN_EMAIL;
  const password = process.env.TEND_DEV_ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (await users.exists()) return;
  await users.createFirstAdmin({
    email,
    password,
    firstname: 'Demo',
    lastname: 'Therapist',
    preferedLanguage: 'en-GB',
  });
  strapi.log.info(`[tend] development admin ${email} created.`);
}
