// src/index.ts re-exports src/strapi/* and src/generated/* with `export *`: the generator
// must refuse to generate a name that src/strapi already exports.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_NAMES } from '../scripts/lib/generate-files.ts';
import { packageDir } from './helpers/load.ts';

describe('RESERVED_NAMES', () => {
  it('lists every value and type exported by src/strapi', async () => {
    const dir = path.join(packageDir, 'src', 'strapi');
    const exported = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const module = (await import(path.join(dir, file))) as Record<string, unknown>;
      Object.keys(module).forEach((name) => exported.add(name));
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const match of source.matchAll(/^export (?:type|interface) (\w+)/gm)) {
        exported.add(match[1] as string);
      }
    }
    expect(exported.size).toBeGreaterThan(10);
    expect([...exported].filter((name) => !RESERVED_NAMES.includes(name))).toEqual([]);
  });
});
