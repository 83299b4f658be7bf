// `pnpm gen:check`, Strapi's half: a fresh `strapi ts:generate-types` compared with a stale copy
// of cms/types/generated names the file that differs and the command that fixes it. The untouched
// file must compare equal, which also proves the committed types are what Strapi generates now.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const stale = mkdtempSync(path.join(tmpdir(), 'tend-stale-types-'));
afterAll(() => rmSync(stale, { recursive: true, force: true }));

it('fails and names the stale file when the committed Strapi types are out of date', () => {
  cpSync(path.join(cmsDir, 'types', 'generated'), stale, { recursive: true });
  // As if an attribute had been added to a schema without regenerating: the file lacks a line.
  const contentTypes = path.join(stale, 'contentTypes.d.ts');
  const lines = readFileSync(contentTypes, 'utf8').split('\n');
  const title = lines.findIndex((line) => /^\s+title: Schema\.Attribute/.test(line));
  expect(title).toBeGreaterThan(0);
  writeFileSync(contentTypes, lines.filter((_, index) => index !== title).join('\n'));

  // No secrets in the environment: the script supplies throwaway ones to the generator only.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/SECRET|SALT|KEYS|ENCRYPTION/.test(name)));
  const result = spawnSync(process.execPath, ['scripts/strapi-types.mjs', '--check', '--against', stale], { cwd: cmsDir, encoding: 'utf8', env });

  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${path.relative(cmsDir, contentTypes)}: differs`);
  expect(result.stderr).not.toContain('components.d.ts');
  expect(result.stderr).toContain('run pnpm gen:types');
}, 300_000);
