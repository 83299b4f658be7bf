/**
 * Secrets always come from the environment. Development gets a generated cms/.env
 * (scripts/dev-env.mjs); anywhere else a missing secret stops the server at boot,
 * because a default secret in production is a silent vulnerability.
 */
type EnvReader = (key: string) => string | undefined;

export function requireSecret(env: EnvReader, key: string): string {
  const value = env(key);
  if (value === undefined || value.trim() === '') {
    throw new Error(
      `${key} is not set. Tend reads every secret from the environment: ` +
        'in development run `pnpm dev` (it writes cms/.env for you); ' +
        'in production set it as described in docs/deployment.md.',
    );
  }
  return value;
}

export function requireSecretList(env: EnvReader, key: string): string[] {
  return requireSecret(env, key)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
