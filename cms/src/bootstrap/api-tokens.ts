import type { Core } from '@strapi/strapi';
import { ALL_TOKENS } from '../auth/api-token-specs';

interface StoredToken {
  id: number;
  name: string;
  accessKey: string;
  type: string;
  permissions?: Array<{ action: string }>;
}

interface TokenService {
  hash(accessKey: string): string;
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
}

interface EncryptionService {
  encrypt(value: string): string;
}

/**
 * The website's tokens are provisioned from the environment on every boot, so development
 * needs no manual step and production is configured the same way (docs/deployment.md).
 * Strapi keeps two things per token: a salted hash of the value (API_TOKEN_SALT), which requests
 * are checked against, and the value encrypted with ENCRYPTION_KEY, which lets a dashboard user
 * allowed to read API tokens reveal it in Settings → API Tokens (docs/deployment.md says so).
 */
export async function provisionApiTokens(strapi: Core.Strapi): Promise<void> {
  const service = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const tokens = strapi.db.query('admin::api-token');

  for (const spec of ALL_TOKENS) {
    const value = process.env[spec.envVar];
    if (!value) {
      strapi.log.warn(`[tend] ${spec.envVar} is not set: the "${spec.name}" token is not provisioned.`);
      continue;
    }
    if (value.length < 32) {
      throw new Error(`${spec.envVar} must be at least 32 characters long.`);
    }
    const existing = (await tokens.findOne({
      where: { name: spec.name },
      populate: ['permissions'],
    })) as StoredToken | null;

    const actions = existing?.permissions?.map((permission) => permission.action).sort() ?? [];
    const wanted = [...spec.permissions].sort();
    const samePermissions = actions.join() === wanted.join();
    const sameKey = existing?.accessKey === service.hash(value);
    if (existing && samePermissions && sameKey && existing.type === 'custom') continue;

    if (existing) await tokens.delete({ where: { id: existing.id } });
    const created = await service.create({
      name: spec.name,
      description: spec.description,
      type: 'custom',
      lifespan: null,
      permissions: spec.permissions,
    });
    // Strapi generates a random key; replace it with the one the web server was given.
    await tokens.update({
      where: { id: created.id },
      data: { accessKey: service.hash(value), encryptedKey: encryption.encrypt(value) },
    });
    strapi.log.info(`[tend] API token "${spec.name}" provisioned from ${spec.envVar}.`);
  }
}
