/**
 * Secrets always come from the environment. Development gets a generated cms/.env
 * (scripts/dev-env.mjs); anywhere else a missing or short secret stops the server at boot,
 * because a default or guessable secret in production is a silent vulnerability.
 */
type EnvReader = (key: string) => string | undefined;

/** 32 characters: what `openssl rand -base64 32` gives is 44, a 32-byte hex string 64. */
export const MIN_SECRET_LENGTH = 32;

const HOW_TO_SET
  = 'Tend reads every secret from the environment: in development run `pnpm dev` (it writes cms/.env for you); '
    + 'in production generate one with `openssl rand -base64 32` as described in docs/deployment.md.';

export function requireSecret(env: EnvReader, key: string): string {
  const value = env(key);
  if (value === undefined || value.trim() === '') {
    throw new Error(`${key} is not set. ${HOW_TO_SET}`);
  }
  assertLongEnough(key, value);
  return value;
}

/** A comma-separated list (APP_KEYS): every key must be long enough on its own. */
export function requireSecretList(env: EnvReader, key: string): string[] {
  const parts = requireSecret(env, key)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  parts.forEach((part, index) => assertLongEnough(`${key} (key ${index + 1} of ${parts.length})`, part));
  return parts;
}

function assertLongEnough(name: string, value: string): void {
  const length = value.trim().length;
  if (length < MIN_SECRET_LENGTH) {
    throw new Error(
      `${name} is too short: ${length} characters, at least ${MIN_SECRET_LENGTH} are needed. ${HOW_TO_SET}`,
    );
  }
}
