// Reads a model's attributes into typed fields, rejecting what the generator cannot map.
import { SchemaError } from './model.ts';
import type { ModelSource, StrapiAttribute } from './model.ts';

/** Attribute types stored in the entry's own row. */
export const SCALAR_TYPES = [
  'string',
  'text',
  'richtext',
  'email',
  'password',
  'uid',
  'enumeration',
  'boolean',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'datetime',
  'time',
  'json',
  'blocks',
] as const;

export type ScalarType = (typeof SCALAR_TYPES)[number];

export const SUPPORTED_TYPES: readonly string[] = [
  ...SCALAR_TYPES,
  'media',
  'component',
  'relation',
];

const TO_MANY = ['oneToMany', 'manyToMany', 'manyWay'];
const TO_ONE = ['oneToOne', 'manyToOne', 'oneWay'];

/** Names Strapi adds to every content type; an attribute may not reuse them. */
const SYSTEM_NAMES = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'locale',
  'localizations',
];

type FieldBase = {
  name: string;
  required: boolean;
  /** Never returned by the REST API (`"private": true` or `options.privateAttributes`). */
  private: boolean;
  /** Label and help text from `config.metadatas.<name>.edit`, for JSDoc. */
  doc: string | undefined;
  attr: StrapiAttribute;
  file: string;
};

export type ScalarField = FieldBase & { kind: 'scalar'; type: ScalarType };
export type MediaField = FieldBase & { kind: 'media'; multiple: boolean };
export type ComponentField = FieldBase & {
  kind: 'component';
  component: string;
  repeatable: boolean;
};
/** `target` is a content type uid: one of ours (`api::…`) or a plugin's. */
export type RelationField = FieldBase & { kind: 'relation'; target: string; toMany: boolean };
export type Field = ScalarField | MediaField | ComponentField | RelationField;

function where(name: string, file: string): string {
  return `for attribute "${name}" in ${file}`;
}

function docFor(source: ModelSource, name: string): string | undefined {
  const edit = source.schema.config?.metadatas?.[name]?.edit;
  const label = typeof edit?.label === 'string' ? edit.label.trim() : '';
  const description = typeof edit?.description === 'string' ? edit.description.trim() : '';
  if (label.length > 0 && description.length > 0) {
    return `${label}: ${description}`;
  }
  return label.length > 0 || description.length > 0 ? label + description : undefined;
}

function isScalarType(type: string): type is ScalarType {
  return (SCALAR_TYPES as readonly string[]).includes(type);
}

type Known = { components: ReadonlySet<string>; contentTypes: ReadonlySet<string> };

function readField(source: ModelSource, name: string, attr: StrapiAttribute, known: Known): Field {
  const { file } = source;
  if (typeof attr !== 'object' || attr === null) {
    throw new SchemaError(`Attribute "${name}" in ${file} is not an object`);
  }
  const type = attr.type;
  if (typeof type !== 'string' || !SUPPORTED_TYPES.includes(type)) {
    throw new SchemaError(
      `Unknown Strapi attribute type ${JSON.stringify(type)} ${where(name, file)}. `
      + `The generator supports: ${SUPPORTED_TYPES.join(', ')}. `
      + 'Teach shared-types/scripts/lib/attributes.ts (and scalars.ts) the new type.',
    );
  }
  const privateNames = source.schema.options?.privateAttributes;
  const base: FieldBase = {
    name,
    required: attr.required === true,
    private: attr.private === true || (Array.isArray(privateNames) && privateNames.includes(name)),
    doc: docFor(source, name),
    attr,
    file,
  };
  if (isScalarType(type)) {
    return { ...base, kind: 'scalar', type };
  }
  if (type === 'media') {
    return { ...base, kind: 'media', multiple: attr.multiple === true };
  }
  if (type === 'component') {
    const component = attr.component;
    if (typeof component !== 'string' || !known.components.has(component)) {
      throw new SchemaError(
        `Component ${JSON.stringify(component)} ${where(name, file)} does not exist in cms/src/components`,
      );
    }
    return { ...base, kind: 'component', component, repeatable: attr.repeatable === true };
  }
  return readRelation(base, attr, known);
}

function readRelation(base: FieldBase, attr: StrapiAttribute, known: Known): RelationField {
  const { relation, target } = attr;
  const at = where(base.name, base.file);
  if (typeof relation !== 'string' || ![...TO_MANY, ...TO_ONE].includes(relation)) {
    throw new SchemaError(
      `Unsupported relation ${JSON.stringify(relation)} ${at} (polymorphic relations are not supported)`,
    );
  }
  if (typeof target !== 'string' || target.length === 0) {
    throw new SchemaError(`Relation without a target ${at}`);
  }
  if (target.startsWith('api::') && !known.contentTypes.has(target)) {
    throw new SchemaError(`Relation target "${target}" ${at} does not exist in cms/src/api`);
  }
  return { ...base, kind: 'relation', target, toMany: TO_MANY.includes(relation) };
}

/** All attributes of a model, in schema order, private ones included (marked). */
export function readFields(source: ModelSource, known: Known, isContentType: boolean): Field[] {
  const attributes = source.schema.attributes;
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    throw new SchemaError(`Missing "attributes" object in ${source.file}`);
  }
  return Object.entries(attributes).map(([name, attr]) => {
    if (name === 'id' || (isContentType && SYSTEM_NAMES.includes(name))) {
      throw new SchemaError(`Attribute name "${name}" in ${source.file} is reserved by Strapi`);
    }
    return readField(source, name, attr, known);
  });
}
