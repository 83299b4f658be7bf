import { createRequire } from 'node:module';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);

interface Validators {
  yup: { validate: (value: unknown, options: object) => Promise<unknown> };
  zod: { safeParse: (value: unknown) => { success: boolean; error?: unknown } };
}

let loaded: Validators | undefined;

/**
 * What the entity service runs before saving (yup), and the stricter zod schema the content
 * manager uses for its MCP tools: both must accept what the seed and the import store.
 * Loading Strapi's modules takes seconds: call this once in beforeAll.
 */
export function loadStrapiBlockValidators(): Validators {
  if (loaded) return loaded;
  const fromStrapi = createRequire(require.resolve('@strapi/strapi'));
  const fromCore = createRequire(fromStrapi.resolve('@strapi/core'));
  const fromCm = createRequire(fromStrapi.resolve('@strapi/content-manager/package.json'));
  const { blocksValidator } = fromCore('./services/entity-validator/blocks-validator.js') as {
    blocksValidator: () => { validate: (value: unknown, options: object) => Promise<unknown> };
  };
  const { buildBlocksInputSchema } = fromCm('./dist/server/mcp/schemas/blocks-schema.js') as {
    buildBlocksInputSchema: () => { safeParse: (value: unknown) => { success: boolean; error?: unknown } };
  };
  loaded = { yup: blocksValidator(), zod: buildBlocksInputSchema() };
  return loaded;
}

/** Strapi's own checks for a Blocks value (what the entity validator runs before saving, and the content manager's zod schema). */
export async function expectStrapiAccepts(blocks: unknown): Promise<void> {
  const { yup, zod } = loadStrapiBlockValidators();
  await expect(yup.validate(blocks, { strict: true, abortEarly: false })).resolves.toBeDefined();
  const parsed = zod.safeParse(blocks);
  expect(parsed.error).toBeUndefined();
  expect(parsed.success).toBe(true);
}
