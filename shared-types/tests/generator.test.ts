// Behaviour of the generator beyond single attribute types: privacy, strictness, nesting,
// errors, naming and determinism.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateFiles } from '../scripts/lib/generate-files.ts';
import type { SchemaSet } from '../scripts/lib/model.ts';
import { pascalCase } from '../scripts/lib/names.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { loadGenerated, removeTmpDirs, schemaOf } from './helpers/load.ts';
import type { Schemas } from './helpers/load.ts';
import { component, contentType } from './helpers/schemas.ts';

let schemas: Schemas;
let Sample: z.ZodObject;

beforeAll(async () => {
  schemas = await loadGenerated(kitchenSink);
  Sample = schemaOf(schemas, 'SampleSchema');
});
afterAll(removeTmpDirs);

const minimal = {
  id: 1,
  documentId: 'abc',
  createdAt: '2025-01-02T03:04:05.000Z',
  updatedAt: '2025-01-02T03:04:05.000Z',
  publishedAt: null,
};

function fileOf(set: SchemaSet, path: string): string {
  const file = generateFiles(set).find((f) => f.path === path);
  if (file === undefined) {
    throw new Error(`${path} was not generated`);
  }
  return file.contents;
}

describe('privacy', () => {
  it('leaves private and password attributes out of response schemas', () => {
    for (const name of ['SampleSchema', 'SampleNestedSchema']) {
      const shape = schemaOf(schemas, name).shape;
      expect(shape, name).not.toHaveProperty('internalNote');
      expect(shape, name).not.toHaveProperty('secret');
    }
    const source = fileOf(kitchenSink, 'content-types.ts');
    expect(source).not.toMatch(/\bsecret\b/);
  });

  it('honours options.privateAttributes', async () => {
    const set: SchemaSet = {
      contentTypes: [
        contentType(
          'note',
          { title: { type: 'string' }, hidden: { type: 'string' } },
          {
            options: { draftAndPublish: false, privateAttributes: ['hidden'] },
          },
        ),
      ],
      components: [],
    };
    const loaded = await loadGenerated(set);
    expect(schemaOf(loaded, 'NoteSchema').shape).not.toHaveProperty('hidden');
    expect(schemaOf(loaded, 'NoteSchema').shape).toHaveProperty('title');
  });
});

describe('strictness', () => {
  it('rejects keys the schema does not know, like createdBy', () => {
    const Other = schemaOf(schemas, 'OtherSchema');
    const other = { ...minimal, name: 'x' };
    expect(Other.safeParse(other).success).toBe(true);
    expect(Other.safeParse({ ...other, createdBy: { id: 1 } }).success).toBe(false);
    expect(Other.safeParse({ ...other, secret: 'x' }).success).toBe(false);
    const OtherNested = schemaOf(schemas, 'OtherNestedSchema');
    expect(OtherNested.safeParse({ id: 1, documentId: 'a', createdBy: {} }).success).toBe(false);
  });

  it('makes components strict objects with an id', () => {
    const Item = schemaOf(schemas, 'TestItemSchema');
    expect(Item.safeParse({ id: 1, text: 'a' }).success).toBe(true);
    expect(Item.safeParse({ text: 'a' }).success).toBe(false);
    expect(Item.safeParse({ id: 1, text: 'a', __component: 'test.item' }).success).toBe(false);
  });
});

describe('relations', () => {
  it('validates populated relations with the target nested schema', () => {
    const base = schemaOf(schemas, 'OtherSchema');
    const other = { ...minimal, name: 'x' };
    expect(
      base.safeParse({ ...other, samples: [{ id: 2, documentId: 's', title: 'T' }] }).success,
    ).toBe(true);
    // Nested entries are checked field by field (title is at most 10 characters)...
    expect(
      base.safeParse({ ...other, samples: [{ id: 2, documentId: 's', title: 'x'.repeat(11) }] })
        .success,
    ).toBe(false);
    // ...and need their ids.
    expect(base.safeParse({ ...other, samples: [{ title: 'T' }] }).success).toBe(false);
  });

  it('makes every field of a nested schema optional except id and documentId', () => {
    const Nested = schemaOf(schemas, 'SampleNestedSchema');
    expect(Nested.safeParse({ id: 1, documentId: 'a' }).success).toBe(true);
    expect(Nested.safeParse({ id: 1 }).success).toBe(false);
    expect(Nested.safeParse({ documentId: 'a' }).success).toBe(false);
  });

  it('stops at one level: relations of a nested entry are loose references', () => {
    const Nested = schemaOf(schemas, 'SampleNestedSchema');
    const deep = { id: 1, documentId: 'a', others: [{ id: 2, documentId: 'b', anything: true }] };
    expect(Nested.safeParse(deep).success).toBe(true);
    expect(Nested.safeParse({ id: 1, documentId: 'a', others: [{ id: 2 }] }).success).toBe(false);
  });

  it('follows a cycle through a component (test.meta → sample → test.meta)', () => {
    const sample = {
      ...minimal,
      ...{ title: 'T', subtitle: null, shortText: null, body: 'abc', notes: null, code: 'AB' },
      ...{ optionalCode: null, slug: 's', customUid: null, contact: 'a@b.co', backupContact: null },
      ...{ kind: 'first', optionalKind: null, flag: true, optionalFlag: null, count: 1, big: null },
      ...{ price: null, ratio: null, day: null, at: null, clock: null, data: null, content: [] },
      meta: {
        id: 1,
        label: null,
        related: { id: 1, documentId: 'abc', meta: { id: 2, label: 'x' } },
      },
    };
    expect(Sample.safeParse(sample).error).toBeUndefined();
    const broken = {
      ...sample,
      meta: { id: 1, label: null, related: { id: 1, documentId: 'abc', meta: {} } },
    };
    expect(Sample.safeParse(broken).success).toBe(false);
  });
});

describe('system fields', () => {
  it('includes publishedAt also without draft and publish (Strapi 5 always returns it)', () => {
    expect(schemaOf(schemas, 'OtherSchema').shape).toHaveProperty('publishedAt');
  });

  it('adds locale and localizations to localized content types only', () => {
    const Page = schemaOf(schemas, 'TranslatedPageSchema');
    const page = { ...minimal, heading: 'Hi', locale: 'en' };
    expect(Page.safeParse(page).success).toBe(true);
    expect(
      Page.safeParse({ ...page, localizations: [{ id: 2, documentId: 'abc', locale: 'fr' }] })
        .success,
    ).toBe(true);
    const { locale: _locale, ...withoutLocale } = page;
    expect(Page.safeParse(withoutLocale).success).toBe(false);
    expect(schemaOf(schemas, 'OtherSchema').shape).not.toHaveProperty('locale');
  });
});

describe('errors', () => {
  const withAttribute = (attribute: Record<string, unknown>): SchemaSet => ({
    contentTypes: [contentType('x', { blocks: attribute })],
    components: [],
  });

  it('fails on an unknown attribute type, naming the type, the attribute and the file', () => {
    expect(() => generateFiles(withAttribute({ type: 'dynamiczone', components: [] }))).toThrow(
      'Unknown Strapi attribute type "dynamiczone" for attribute "blocks" in cms/src/api/x/content-types/x/schema.json',
    );
    expect(() =>
      generateFiles(
        withAttribute({ type: 'customField', customField: 'plugin::color-picker.color' }),
      )).toThrow(/Unknown Strapi attribute type "customField" for attribute "blocks"/);
  });

  it('fails on an unknown type inside a component, naming the component file', () => {
    const set: SchemaSet = {
      contentTypes: [],
      components: [component('shared.thing', { place: { type: 'geopoint' } })],
    };
    expect(() => generateFiles(set)).toThrow(
      'Unknown Strapi attribute type "geopoint" for attribute "place" in cms/src/components/shared/thing.json',
    );
  });

  it('fails on a private attribute of an unknown type too', () => {
    expect(() => generateFiles(withAttribute({ type: 'dynamiczone', private: true }))).toThrow(
      /dynamiczone/,
    );
  });

  it('fails on a missing component, relation target or enum values', () => {
    expect(() => generateFiles(withAttribute({ type: 'component', component: 'no.such' }))).toThrow(
      /Component "no.such" for attribute "blocks" .* does not exist/,
    );
    expect(() =>
      generateFiles(
        withAttribute({ type: 'relation', relation: 'oneToMany', target: 'api::nope.nope' }),
      )).toThrow(/Relation target "api::nope.nope"/);
    expect(() =>
      generateFiles(withAttribute({ type: 'relation', relation: 'morphToMany' }))).toThrow(/Unsupported relation "morphToMany"/);
    expect(() => generateFiles(withAttribute({ type: 'enumeration', enum: [] }))).toThrow(/"enum"/);
  });

  it('fails on an invalid regex or length', () => {
    expect(() => generateFiles(withAttribute({ type: 'string', regex: '([a-z' }))).toThrow(
      /Invalid "regex" .* for attribute "blocks"/,
    );
    expect(() => generateFiles(withAttribute({ type: 'string', maxLength: 'long' }))).toThrow(
      /"maxLength" must be an integer/,
    );
  });

  it('fails when two schemas would get the same name', () => {
    const clash: SchemaSet = {
      contentTypes: [contentType('article', {}), contentType('article-nested', {})],
      components: [],
    };
    expect(() => generateFiles(clash)).toThrow(/"ArticleNested" would be exported twice/);
    const library: SchemaSet = { contentTypes: [contentType('media', {})], components: [] };
    expect(() => generateFiles(library)).toThrow(
      /"Media" would be exported twice: by shared-types\/src\/strapi and by cms\/src\/api\/media/,
    );
  });
});

describe('output', () => {
  it('names schemas in PascalCase', () => {
    expect(pascalCase('crisis-support')).toBe('CrisisSupport');
    expect(pascalCase('free_consultation2')).toBe('FreeConsultation2');
    const set: SchemaSet = {
      contentTypes: [contentType('crisis-support', {})],
      components: [component('practice.free-consultation', {}), component('shared.seo', {})],
    };
    const components = fileOf(set, 'components.ts');
    expect(components).toContain('export const PracticeFreeConsultationSchema = z.strictObject({');
    expect(components).toContain('export type SharedSeo = z.infer<typeof SharedSeoSchema>;');
    const contentTypes = fileOf(set, 'content-types.ts');
    for (const name of [
      'CrisisSupportSchema',
      'CrisisSupportNestedSchema',
      'CrisisSupportInputSchema',
    ]) {
      expect(contentTypes).toContain(`export const ${name} = `);
    }
    expect(contentTypes).toContain(
      'export type CrisisSupportInput = z.infer<typeof CrisisSupportInputSchema>;',
    );
  });

  it('starts every file with the generated-code header', () => {
    for (const file of generateFiles(kitchenSink)) {
      expect(file.contents.split('\n')[0]).toBe(
        '// Generated by pnpm gen:types from cms/src/**/schema.json — do not edit',
      );
    }
  });

  it('documents properties with the help text from the admin', () => {
    expect(fileOf(kitchenSink, 'content-types.ts')).toContain(
      '  /** Title: What readers see first. */\n  title: z.string().max(10),',
    );
  });

  it('is deterministic: same output twice and whatever the input order', () => {
    const first = generateFiles(kitchenSink);
    expect(generateFiles(kitchenSink)).toEqual(first);
    const shuffled: SchemaSet = {
      contentTypes: [...kitchenSink.contentTypes].reverse(),
      components: [...kitchenSink.components].reverse(),
    };
    expect(generateFiles(shuffled)).toEqual(first);
  });

  it('keeps lines within 100 columns, indents by 2 spaces and ends with a newline', () => {
    for (const file of generateFiles(kitchenSink)) {
      expect(file.contents.endsWith(';\n'), file.path).toBe(true);
      for (const line of file.contents.split('\n')) {
        expect(line.length, line).toBeLessThanOrEqual(100);
        expect(line, line).toMatch(/^( {2})*([^ ]| \*)|^$/);
        expect(line, line).not.toMatch(/\s$/);
      }
    }
  });

  it('emits an empty module when there is nothing to generate', () => {
    const files = generateFiles({ contentTypes: [], components: [] });
    expect(files.find((f) => f.path === 'components.ts')?.contents).toMatch(/\nexport \{\};\n$/);
  });
});
