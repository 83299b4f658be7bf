import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// ESLint forbids v-html; this also catches render functions and DOM writes in the renderer.
const dir = join(import.meta.dirname, '../../app/components/blocks');
const files = readdirSync(dir).filter((name) => name.endsWith('.vue'));

describe('Blocks components', () => {
  it('exist', () => {
    expect(files).toContain('BlocksRenderer.vue');
  });

  it.each(files)('%s never injects HTML', (name) => {
    const source = readFileSync(join(dir, name), 'utf8');
    expect(source).not.toMatch(/v-html|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
