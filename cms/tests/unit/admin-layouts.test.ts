import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_FILES } from '../../src/admin-layouts';
import { resolveEditLayout, withSchemaMetadatas, type FieldSize } from '../../src/admin-layouts/apply';
import { parseLayoutFile } from '../../src/admin-layouts/layout-file';

const FULL = new Set(['blocks', 'component', 'dynamiczone', 'json', 'richtext']);
const sizeOf = (type: string): FieldSize => (FULL.has(type) ? { default: 12, isResizable: false } : { default: 6, isResizable: true });
const fields = new Map([
  ['title', 'string'],
  ['slug', 'uid'],
  ['body', 'blocks'],
  ['featured', 'boolean'],
]);
const layout = (edit: Array<Array<{ name: string; size: number }>>) => parseLayoutFile('test.json', { uid: 'api::test.test', edit });

describe('committed edit layouts', () => {
  it('are valid files for content types and components that exist', () => {
    const src = path.resolve(__dirname, '../../src');
    for (const file of LAYOUT_FILES) {
      const [kind, name] = file.uid.startsWith('api::') ? ['api', file.uid.slice(5).split('.')[0]] : ['components', file.uid];
      const schemaPath
        = kind === 'api'
          ? path.join(src, 'api', String(name), 'content-types', String(name), 'schema.json')
          : path.join(src, 'components', ...String(name).split('.')) + '.json';
      expect(fs.existsSync(schemaPath), schemaPath).toBe(true);
      const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as { attributes: Record<string, { type: string; visible?: boolean }> };
      const named = file.edit.flat().map((field) => field.name);
      // Fields the cms fills in itself (`visible: false`, e.g. readingMinutes) have no place in the edit view.
      const editable = Object.entries(schema.attributes).filter(([, attribute]) => attribute.visible !== false);
      // Every editable field of the schema has its place, and the layout names nothing else.
      expect([...named].sort(), file.uid).toEqual(editable.map(([name]) => name).sort());
      const types = new Map(editable.map(([name, attribute]) => [name, attribute.type]));
      expect(resolveEditLayout(file, types, sizeOf).problems, file.uid).toEqual([]);
    }
  });

  it('report and repair unknown fields, duplicates, over-wide rows and resized full-width fields', () => {
    const problemsOf = (edit: Array<Array<{ name: string; size: number }>>) => resolveEditLayout(layout(edit), fields, sizeOf);
    const unknown = problemsOf([[{ name: 'nope', size: 6 }, { name: 'title', size: 6 }]]);
    expect(unknown.problems).toEqual(['"nope" is not an editable field']);
    expect(unknown.edit[0]).toEqual([{ name: 'title', size: 6 }]);
    expect(problemsOf([[{ name: 'title', size: 6 }], [{ name: 'title', size: 6 }]]).problems).toEqual(['"title" appears twice']);
    const wide = problemsOf([[{ name: 'title', size: 8 }, { name: 'slug', size: 6 }]]);
    expect(wide.problems).toEqual(['the row title | slug is 14 columns wide (at most 12)']);
    expect(wide.edit.slice(0, 2)).toEqual([[{ name: 'title', size: 8 }], [{ name: 'slug', size: 6 }]]);
    const resized = problemsOf([[{ name: 'body', size: 6 }]]);
    expect(resized.problems).toEqual(['"body" (blocks) must be 12 columns wide']);
    expect(resized.edit[0]).toEqual([{ name: 'body', size: 12 }]);
    expect(() => parseLayoutFile('bad.json', { uid: 'x', edit: [[{ name: 'title', size: 13 }]] })).toThrow(/bad\.json/);
  });

  it('append fields the layout does not mention, so a new field is never hidden', () => {
    const { edit, appended } = resolveEditLayout(layout([[{ name: 'body', size: 12 }]]), fields, sizeOf);
    expect(appended).toEqual(['title', 'slug', 'featured']);
    expect(edit).toEqual([
      [{ name: 'body', size: 12 }],
      [
        { name: 'title', size: 6 },
        { name: 'slug', size: 6 },
      ],
      [{ name: 'featured', size: 6 }],
    ]);
  });
});

describe('labels and help texts from schema.json', () => {
  const stored = {
    title: { edit: { label: 'title', description: 'Old help', placeholder: 'Kept' }, list: { label: 'title', sortable: true } },
    status: { edit: { label: 'Status' }, list: { label: 'Where it is', sortable: true } },
  };

  it('replace the stored ones and keep what the schema does not say', () => {
    const next = withSchemaMetadatas(stored, {
      title: { edit: { label: 'Title', description: 'New help' } },
      gone: { edit: { label: 'Removed field' } },
    });
    expect(next.title?.edit).toEqual({ label: 'Title', description: 'New help', placeholder: 'Kept' });
    expect(next.title?.list).toEqual({ label: 'Title', sortable: true });
    expect(next.gone).toBeUndefined();
    expect(stored.title.edit.description).toBe('Old help');
  });

  it('leave a list column label someone chose', () => {
    const next = withSchemaMetadatas(stored, { status: { edit: { label: 'State' } } });
    expect(next.status?.list?.label).toBe('Where it is');
  });
});
