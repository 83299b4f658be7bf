import type { Core } from '@strapi/strapi';

/** The parts of a Strapi attribute definition that versions need, for content types and components alike. */
export interface FieldDefinition {
  type: string;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
  relation?: string;
  target?: string;
  mappedBy?: string;
  private?: boolean;
}

/** Bookkeeping Strapi keeps on every row: never part of what the therapist wrote. */
const SYSTEM_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

/**
 * The fields the therapist edits, in schema order. Relations are kept only on their owning side
 * (an article's topics, not a topic's articles): the other side is the same link seen from the
 * other document, and restoring it from here would rewrite other documents.
 */
export function editableFields(strapi: Core.Strapi, uid: string): Array<[string, FieldDefinition]> {
  const model = strapi.getModel(uid as 'api::article.article');
  const attributes = (model?.attributes ?? {}) as Record<string, FieldDefinition>;
  return Object.entries(attributes).filter(([name, field]) => {
    if (SYSTEM_FIELDS.has(name)) return false;
    if (field.type === 'relation') return !field.mappedBy && !field.target?.startsWith('admin::');
    return true;
  });
}

/** The field a related document is known by in the dashboard (an article's title, a topic's name). */
export function labelField(strapi: Core.Strapi, uid: string): string | null {
  const fields = editableFields(strapi, uid);
  const preferred = fields.find(([name]) => name === 'title' || name === 'name');
  const firstString = fields.find(([, field]) => field.type === 'string');
  return (preferred ?? firstString)?.[0] ?? null;
}
