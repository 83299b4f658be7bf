import type { LayoutFile, LayoutRow } from './layout-file';

/**
 * Pure merging of the committed layouts and of each schema's `config.metadatas` into the
 * Content Manager's stored configuration.
 */
export interface FieldSize {
  default: number;
  isResizable: boolean;
}

export type Metadatas = Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;

const MAX_ROW = 12;
const EDIT_KEYS = ['label', 'description', 'placeholder', 'visible', 'editable', 'mainField'];
const LIST_KEYS = ['label', 'searchable', 'sortable'];

/** Packs fields into rows of at most 12 columns, in order (as Strapi does for new fields). */
function pack(fields: LayoutRow): LayoutRow[] {
  const rows: LayoutRow[] = [];
  let row: LayoutRow = [];
  for (const field of fields) {
    if (row.reduce((sum, f) => sum + f.size, 0) + field.size > MAX_ROW) {
      rows.push(row);
      row = [];
    }
    row.push(field);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/**
 * The committed edit layout, checked against the schema. What does not fit (a field that no
 * longer exists, a wrong size, an over-wide row) is reported and repaired rather than stopping
 * the server; the unit tests keep the committed files free of such problems. A field the layout
 * does not mention (added since in the Content-Type Builder) is appended, never hidden.
 */
export function resolveEditLayout(
  file: LayoutFile,
  editable: Map<string, string>,
  sizeOf: (type: string) => FieldSize,
): { edit: LayoutRow[]; appended: string[]; problems: string[] } {
  const seen = new Set<string>();
  const problems: string[] = [];
  const edit: LayoutRow[] = [];
  for (const row of file.edit) {
    const fields: LayoutRow = [];
    for (const { name, size } of row) {
      const type = editable.get(name);
      if (!type) {
        problems.push(`"${name}" is not an editable field`);
        continue;
      }
      if (seen.has(name)) {
        problems.push(`"${name}" appears twice`);
        continue;
      }
      seen.add(name);
      const allowed = sizeOf(type);
      if (!allowed.isResizable && size !== allowed.default) {
        problems.push(`"${name}" (${type}) must be ${allowed.default} columns wide`);
        fields.push({ name, size: allowed.default });
      } else {
        fields.push({ name, size });
      }
    }
    const width = fields.reduce((sum, field) => sum + field.size, 0);
    if (width > MAX_ROW) problems.push(`the row ${fields.map((f) => f.name).join(' | ')} is ${width} columns wide (at most ${MAX_ROW})`);
    edit.push(...(width > MAX_ROW ? pack(fields) : fields.length > 0 ? [fields] : []));
  }

  const appended = [...editable.keys()].filter((name) => !seen.has(name));
  edit.push(...pack(appended.map((name) => ({ name, size: sizeOf(editable.get(name) ?? 'string').default }))));
  return { edit, appended, problems };
}

const pick = (source: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> =>
  Object.fromEntries(keys.filter((key) => source?.[key] !== undefined).map((key) => [key, source?.[key]]));

/**
 * The schema's labels and help texts win over what is stored, so that a corrected description
 * reaches an existing database. Settings the schema does not mention are kept. A list column
 * still headed by the raw field name (Strapi's default) takes the field's label.
 */
export function withSchemaMetadatas(current: Metadatas, fromSchema: Metadatas | undefined): Metadatas {
  const next: Metadatas = structuredClone(current);
  for (const [name, meta] of Object.entries(fromSchema ?? {})) {
    const stored = next[name];
    if (!stored) continue;
    const edit = pick(meta.edit, EDIT_KEYS);
    const rawListLabel = stored.list?.label === undefined || stored.list.label === name;
    const listLabel = rawListLabel && typeof edit.label === 'string' ? { label: edit.label } : {};
    const list = { ...listLabel, ...pick(meta.list, LIST_KEYS) };
    next[name] = { ...stored, edit: { ...stored.edit, ...edit }, list: { ...stored.list, ...list } };
  }
  return next;
}

/** Strapi's own fields, as the therapist would name them in a list. */
export const SYSTEM_LIST_LABELS: Readonly<Record<string, string>> = {
  id: 'Number',
  documentId: 'Reference',
  createdAt: 'Created',
  updatedAt: 'Last changed',
  publishedAt: 'Published',
  createdBy: 'Created by',
  updatedBy: 'Changed by',
  locale: 'Language',
};

/**
 * List column titles in plain words: Strapi titles its own fields with their code names
 * ("createdAt"); those get SYSTEM_LIST_LABELS, and a layout file's `listLabels` win over both.
 */
export function withListLabels(metadatas: Metadatas, listLabels: Record<string, string> | undefined): Metadatas {
  const next: Metadatas = structuredClone(metadatas);
  for (const [name, meta] of Object.entries(next)) {
    const label = listLabels?.[name] ?? (meta.list?.label === undefined || meta.list.label === name ? SYSTEM_LIST_LABELS[name] : undefined);
    if (label !== undefined) next[name] = { ...meta, list: { ...meta.list, label } };
  }
  return next;
}
