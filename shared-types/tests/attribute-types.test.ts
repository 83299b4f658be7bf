// Every attribute type maps to a schema that accepts a valid value and rejects an invalid one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { loadGenerated, removeTmpDirs, schemaOf } from './helpers/load.ts';
import type { Schemas } from './helpers/load.ts';

let schemas: Schemas;
let Sample: z.ZodObject;
let SampleInput: z.ZodObject;

beforeAll(async () => {
  schemas = await loadGenerated(kitchenSink);
  Sample = schemaOf(schemas, 'SampleSchema');
  SampleInput = schemaOf(schemas, 'SampleInputSchema');
});
afterAll(removeTmpDirs);

const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }];
const media = { id: 3, documentId: 'm1', url: '/uploads/a.jpg', alternativeText: null };

/** A complete, valid `sample` as the REST API would return it (nothing populated). */
const validSample = {
  id: 1,
  documentId: 'abc123',
  createdAt: '2025-01-02T03:04:05.000Z',
  updatedAt: '2025-01-02T03:04:05.000Z',
  publishedAt: '2025-01-02T03:04:05.000Z',
  title: 'Anxiety',
  subtitle: null,
  shortText: null,
  body: 'Some text',
  notes: null,
  code: 'AB',
  optionalCode: null,
  slug: 'anxiety',
  customUid: null,
  contact: 'me@example.com',
  backupContact: null,
  kind: 'first',
  optionalKind: null,
  flag: false,
  optionalFlag: null,
  count: 5,
  big: null,
  price: null,
  ratio: null,
  day: null,
  at: null,
  clock: null,
  data: null,
  content: paragraph,
};

/** A valid create request for `sample`: required fields only. */
const validInput = {
  title: 'Anxiety',
  body: 'Some text',
  code: 'AB',
  slug: 'anxiety',
  contact: 'me@example.com',
  kind: 'first',
  flag: true,
  count: 5,
  content: paragraph,
};

type Case = [field: string, valid: unknown[], invalid: unknown[]];

const responseCases: Case[] = [
  ['title', ['1234567890'], ['12345678901', null, 3]],
  ['subtitle', ['abcde', null, ''], ['abcdef']],
  ['shortText', ['x'.repeat(255)], ['x'.repeat(256)]],
  ['body', ['abc'], ['ab', 'x'.repeat(21), null]],
  ['notes', ['# Markdown', null], ['x'.repeat(51)]],
  ['code', ['AB'], ['ab', 'ABC', '', null]],
  ['optionalCode', ['AB', '', null], ['ab']],
  ['slug', ['a-b_c.d~1', ''], ['with space', 'ümlaut', 'x'.repeat(21), null]],
  ['customUid', ['abc', null], ['ABC', '']],
  ['contact', ['a@b.co'], ['not-an-email', '', `${'x'.repeat(25)}@b.com`, null]],
  ['backupContact', ['a@b.co', null], ['nope']],
  ['kind', ['first', 'second'], ['third', null]],
  ['optionalKind', ['x', null], ['z']],
  ['flag', [true, false], [null, 'true']],
  ['optionalFlag', [true, null], ['yes']],
  ['count', [1, 10], [0, 11, 2.5, '5', null]],
  ['big', ['9007199254740993', '-5', null], ['1.5', 'abc', 12]],
  ['price', [0, 99.99, null], [-1, 100.01, '10']],
  ['ratio', [0.25, null], ['0.25', Number.NaN]],
  ['day', ['2025-01-31', null], ['2025-13-01', '31/01/2025', '2025-01-31T00:00:00.000Z']],
  ['at', ['2025-01-31T10:00:00.000Z', null], ['2025-01-31', 'yesterday']],
  ['clock', ['09:30:00.000', '09:30', null], ['9.30am', '25:00']],
  ['data', [{ any: ['json', 1] }, null, 'text'], [() => 1, undefined]],
  ['content', [[], paragraph], [null, [{ type: 'marquee', children: [] }]]],
  ['cover', [media, null, undefined], [[media], { url: 'x' }]],
  ['gallery', [[media], [], null], [media]],
  ['meta', [{ id: 1, label: 'x' }, null], [{ label: 'no id' }, { id: 1, label: 'x'.repeat(21) }]],
  ['mainMeta', [{ id: 1, label: null }], [null]],
  ['items', [[{ id: 1, text: 'a' }]], [[], [1, 2, 3, 4].map((id) => ({ id, text: 'a' })), null]],
  ['others', [[{ id: 2, documentId: 'o2', name: 'Other' }], []], [[{ id: 2 }], null]],
  ['owner', [{ id: 2, documentId: 'o2' }, null], [[{ id: 2, documentId: 'o2' }]]],
  ['user', [{ id: 9, documentId: 'u9', username: 'kept' }, null], [{ id: 9 }]],
];

describe('response schema (SampleSchema)', () => {
  it('accepts a complete valid entry', () => {
    expect(Sample.safeParse(validSample).error).toBeUndefined();
  });

  it.each(responseCases)(
    '%s accepts valid values and rejects invalid ones',
    (field, valid, invalid) => {
      for (const value of valid) {
        const result = Sample.safeParse({ ...validSample, [field]: value });
        expect(result.error, `${field} = ${JSON.stringify(value)}`).toBeUndefined();
      }
      for (const value of invalid) {
        const result = Sample.safeParse({ ...validSample, [field]: value });
        expect(result.success, `${field} = ${JSON.stringify(value)} should fail`).toBe(false);
      }
    },
  );

  it('requires scalar attributes to be present, even optional ones (as null)', () => {
    const { subtitle: _subtitle, ...withoutSubtitle } = validSample;
    expect(Sample.safeParse(withoutSubtitle).success).toBe(false);
  });

  it('treats populated attributes (media, components, relations) as optional', () => {
    const result = Sample.safeParse(validSample);
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty('cover');
  });

  it('requires the system fields', () => {
    for (const field of ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt']) {
      const { [field]: _dropped, ...rest } = validSample as Record<string, unknown>;
      expect(Sample.safeParse(rest).success, field).toBe(false);
    }
    expect(Sample.safeParse({ ...validSample, publishedAt: null }).success).toBe(true);
    expect(Sample.safeParse({ ...validSample, id: '1' }).success).toBe(false);
  });
});

const inputCases: Case[] = [
  ['title', ['Anxiety'], ['', '12345678901', null, undefined]],
  ['subtitle', ['abc', null, undefined], ['abcdef']],
  ['body', ['abc'], ['ab']],
  ['notes', ['# Markdown', null], ['x'.repeat(51)]],
  ['code', ['AB'], ['ab', '']],
  ['optionalCode', ['AB', '', null, undefined], ['A B']],
  ['slug', ['my-slug'], ['my slug', '']],
  ['contact', ['a@b.co'], ['a@b', '', null]],
  ['backupContact', ['a@b.co', null, undefined], ['', 'nope']],
  ['kind', ['second'], ['third', undefined]],
  ['flag', [true, false], [undefined, 'on']],
  ['count', [1, 10], [0, 11, 1.5]],
  ['big', ['+42', '-42', null], ['4.2', 42]],
  ['price', [0, 100, undefined], [-0.5, 101]],
  ['ratio', [1.5], ['1.5']],
  ['day', ['2025-01-31'], ['2025-02-30', 'tomorrow']],
  ['at', ['2025-01-31T10:00:00Z', '2025-01-31T10:00:00+01:00'], ['2025-01-31']],
  ['clock', ['14:30'], ['2pm']],
  ['data', [{ a: 1 }, [1, 'x']], [() => 1]],
  ['content', [paragraph], [null, [{ type: 'list', format: 'ordered' }]]],
];

describe('input schema (SampleInputSchema)', () => {
  it('accepts a request with the required fields only', () => {
    expect(SampleInput.safeParse(validInput).error).toBeUndefined();
  });

  it.each(inputCases)(
    '%s accepts valid values and rejects invalid ones',
    (field, valid, invalid) => {
      for (const value of valid) {
        const result = SampleInput.safeParse({ ...validInput, [field]: value });
        expect(result.error, `${field} = ${JSON.stringify(value)}`).toBeUndefined();
      }
      for (const value of invalid) {
        const result = SampleInput.safeParse({ ...validInput, [field]: value });
        expect(result.success, `${field} = ${JSON.stringify(value)} should fail`).toBe(false);
      }
    },
  );

  it('explains each problem in words a reader understands', () => {
    const messageFor = (field: string, value: unknown) =>
      SampleInput.safeParse({ ...validInput, [field]: value }).error?.issues[0]?.message;
    expect(messageFor('title', 'x'.repeat(11))).toBe('Please keep this to 10 characters or fewer.');
    expect(messageFor('title', '')).toBe('Please fill this in.');
    expect(messageFor('title', undefined)).toBe('Please fill this in.');
    expect(messageFor('body', 'ab')).toBe('Please write at least 3 characters.');
    expect(messageFor('code', 'ab')).toBe('Please check the format and try again.');
    expect(messageFor('contact', 'nope')).toBe(
      'Please enter a valid email address, like name@example.com.',
    );
    expect(messageFor('kind', 'third')).toBe('Please choose one of the options.');
    expect(messageFor('count', 2.5)).toBe('Please enter a whole number.');
    expect(messageFor('count', 0)).toBe('Please enter 1 or more.');
    expect(messageFor('count', 11)).toBe('Please enter 10 or less.');
    expect(messageFor('day', '31/01/2025')).toBe('Please enter a date, like 2025-01-31.');
  });

  it('contains only writable scalar and blocks attributes', () => {
    expect(Object.keys(SampleInput.shape)).not.toEqual(
      expect.arrayContaining(['id', 'documentId', 'createdAt', 'publishedAt']),
    );
    for (const field of [
      'cover',
      'gallery',
      'meta',
      'items',
      'others',
      'owner',
      'user',
      'secret',
    ]) {
      expect(SampleInput.shape, field).not.toHaveProperty(field);
    }
    expect(SampleInput.shape).toHaveProperty('content');
  });

  it('drops unknown keys instead of forwarding them', () => {
    const result = SampleInput.parse({ ...validInput, website: 'spam', id: 5 });
    expect(result).not.toHaveProperty('website');
    expect(result).not.toHaveProperty('id');
  });
});
