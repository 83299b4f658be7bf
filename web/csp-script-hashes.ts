import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * CSP hash sources for the inline scripts in app/browser/. Hashes rather than nonces: rendered pages
 * are cached and served to many readers, and a nonce repeated across responses protects nothing.
 */
export function browserScriptHashes(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => `'sha256-${createHash('sha256').update(readFileSync(join(dir, name))).digest('base64')}'`);
}
