/**
 * The two secrets the cms shares with the website: TEND_PREVIEW_SECRET (signs the dashboard's
 * preview links) and TEND_REVALIDATE_SECRET (the webhook's bearer secret). Either may be left out
 * (that feature is then off), but one that is set must be long enough not to be guessed: the web
 * refuses to start with a shorter one too (NUXT_PREVIEW_SECRET, NUXT_REVALIDATE_SECRET).
 */
export const MIN_SHARED_SECRET_LENGTH = 32;

export type WebSecretName = 'TEND_PREVIEW_SECRET' | 'TEND_REVALIDATE_SECRET';

/** The trimmed secret, null when unset; throws (the cms does not start) when it is too short. */
export function optionalWebSecret(value: string | undefined, name: WebSecretName): string | null {
  const secret = value?.trim();
  if (!secret) return null;
  if (secret.length < MIN_SHARED_SECRET_LENGTH) {
    throw new Error(
      `${name} is ${secret.length} characters long; it must be at least ${MIN_SHARED_SECRET_LENGTH} `
      + '(for example the output of `openssl rand -base64 32`), and the website needs the same value.',
    );
  }
  return secret;
}
