// The Docker image runs the web as `pnpm start` and the test stacks do: a Dockerfile cannot import
// scripts/web-node-settings.mjs, so its CMD and ENV are checked against it here.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { WEB_NODE_ENV, WEB_NODE_FLAGS } from '../../../scripts/web-node-settings.mjs';

const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');

/** The last CMD, in its JSON (exec) form. */
function command(): string[] {
  const line = dockerfile.split('\n').filter((text) => text.startsWith('CMD ')).at(-1);
  if (!line) throw new Error('web/Dockerfile has no CMD');
  return JSON.parse(line.slice('CMD '.length)) as string[];
}

/** Every `ENV NAME=value` of the Dockerfile's last stage. */
function environment(): Map<string, string> {
  const lastStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const pairs = [...lastStage.matchAll(/^ENV\s+([A-Z_]+)=(\S+)$/gm)].map((match) => [match[1]!, match[2]!] as const);
  return new Map(pairs);
}

describe('web/Dockerfile runs Node as scripts/web-node-settings.mjs says', () => {
  test('the same V8 flags, before the server entry', () => {
    expect(command()).toEqual(['node', ...WEB_NODE_FLAGS, '.output/server/index.mjs']);
  });

  test('the same environment', () => {
    const env = environment();
    for (const [name, value] of Object.entries(WEB_NODE_ENV)) expect(env.get(name), name).toBe(value);
  });
});
