import type { Core } from '@strapi/strapi';
import { editableFields, labelField } from './model-fields';
import type { VersionStatus } from '../dashboard-contract';
import type { MediaRef, RelationRef, Snapshot } from './versioned-types';

type Populate = Record<string, true | { populate?: Populate; fields?: string[] }>;

/** Components in full (they belong to the document), media and relations only as references. */
function populateFor(strapi: Core.Strapi, uid: string): Populate {
  const populate: Populate = {};
  for (const [name, field] of editableFields(strapi, uid)) {
    if (field.type === 'component' && field.component) {
      const nested = populateFor(strapi, field.component);
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    } else if (field.type === 'media') {
      populate[name] = { fields: ['name', 'alternativeText'] };
    } else if (field.type === 'relation' && field.target) {
      const label = labelField(strapi, field.target);
      populate[name] = { fields: label ? [label] : [] };
    }
  }
  return populate;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function mediaRef(value: unknown): MediaRef | null {
  if (!isRecord(value) || typeof value.id !== 'number') return null;
  return { id: value.id, name: String(value.name ?? ''), alternativeText: (value.alternativeText as string | null) ?? null };
}

function relationRef(value: unknown, label: string | null): RelationRef | null {
  if (!isRecord(value) || typeof value.documentId !== 'string') return null;
  return { documentId: value.documentId, label: label ? String(value[label] ?? '') : undefined };
}

/** Keeps what the therapist wrote in a component or document, and nothing of Strapi's bookkeeping. */
function keepFields(strapi: Core.Strapi, uid: string, row: Record<string, unknown>): Snapshot {
  const kept: Snapshot = {};
  for (const [name, field] of editableFields(strapi, uid)) {
    const value = row[name];
    if (field.type === 'component' && field.component) {
      const component = field.component;
      kept[name] = Array.isArray(value)
        ? value.filter(isRecord).map((item) => keepFields(strapi, component, item))
        : isRecord(value)
          ? keepFields(strapi, component, value)
          : null;
    } else if (field.type === 'media') {
      kept[name] = Array.isArray(value) ? value.map(mediaRef).filter((ref) => ref !== null) : mediaRef(value);
    } else if (field.type === 'relation' && field.target) {
      const label = labelField(strapi, field.target);
      const list = Array.isArray(value) ? value : value ? [value] : [];
      kept[name] = list.map((item) => relationRef(item, label)).filter((ref) => ref !== null);
    } else {
      kept[name] = value ?? null;
    }
  }
  return kept;
}

/** The document as it is now, in the given status, ready to store in a version; null when there is none. */
export async function takeSnapshot(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  status: VersionStatus,
): Promise<Snapshot | null> {
  const documents = strapi.documents(uid as 'api::article.article');
  const row = (await documents.findOne({ documentId, status, populate: populateFor(strapi, uid) as never })) as
    | Record<string, unknown>
    | null;
  return row ? keepFields(strapi, uid, row) : null;
}
