import type { Core } from '@strapi/strapi';
import { editableFields } from './model-fields';
import type { MediaRef, RelationRef, Snapshot } from './versioned-types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const mediaId = (value: unknown): number | null => (isRecord(value) && typeof value.id === 'number' ? value.id : null);

/** Media files deleted from the library since: a restore leaves that field empty rather than failing. */
async function existingMedia(strapi: Core.Strapi, refs: MediaRef[]): Promise<number[]> {
  if (refs.length === 0) return [];
  const rows = (await strapi.db.query('plugin::upload.file').findMany({
    where: { id: { $in: refs.map(({ id }) => id) } },
    select: ['id'],
  })) as Array<{ id: number }>;
  const found = new Set(rows.map(({ id }) => id));
  return refs.map(({ id }) => id).filter((id) => found.has(id));
}

/** Related documents deleted since: the link is dropped rather than the restore failing. */
async function existingDocuments(strapi: Core.Strapi, target: string, refs: RelationRef[]): Promise<string[]> {
  if (refs.length === 0) return [];
  const rows = (await strapi.db.query(target as 'api::topic.topic').findMany({
    where: { documentId: { $in: refs.map(({ documentId }) => documentId) } },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  const found = new Set(rows.map(({ documentId }) => documentId));
  return [...new Set(refs.map(({ documentId }) => documentId).filter((id) => found.has(id)))];
}

/** A version's fields turned back into the data a document update takes. */
export async function restoreData(strapi: Core.Strapi, uid: string, snapshot: Snapshot): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const [name, field] of editableFields(strapi, uid)) {
    if (!(name in snapshot)) continue;
    const value = snapshot[name];
    if (field.type === 'component' && field.component) {
      const component = field.component;
      data[name] = Array.isArray(value)
        ? await Promise.all(value.filter(isRecord).map((item) => restoreData(strapi, component, item)))
        : isRecord(value)
          ? await restoreData(strapi, component, value)
          : null;
    } else if (field.type === 'media') {
      const refs = (Array.isArray(value) ? value : [value]).filter((ref) => mediaId(ref) !== null) as MediaRef[];
      const ids = await existingMedia(strapi, refs);
      data[name] = field.multiple ? ids : (ids[0] ?? null);
    } else if (field.type === 'relation' && field.target) {
      const refs = (Array.isArray(value) ? value : []).filter(isRecord) as unknown as RelationRef[];
      data[name] = { set: await existingDocuments(strapi, field.target, refs) };
    } else {
      data[name] = value;
    }
  }
  return data;
}
