// Strapi loads the whole configuration for a build or for type generation, and the configuration
// refuses to load without its secrets. Nothing secret ends up in either output, so a secret the
// environment lacks gets a random throwaway value for that one child process; the server itself
// still refuses to start without real ones.
import { randomBytes } from 'node:crypto';

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

/** @param {NodeJS.ProcessEnv} env */
export function withThrowawaySecrets(env) {
  const filled = { ...env, STRAPI_TELEMETRY_DISABLED: 'true' };
  for (const name of SECRETS) filled[name] ||= randomBytes(32).toString('base64url');
  return filled;
}
