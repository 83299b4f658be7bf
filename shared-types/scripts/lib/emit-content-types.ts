// Emits src/generated/content-types.ts: for each content type the entity as the REST API
// returns it, the same entity populated as a relation, and the body of a create request.
import { call, expr, renderObjectSchema } from './code.ts';
import type { Expr, Property } from './code.ts';
import { createImports, createRefs, renderModule } from './emit-module.ts';
import type { Model, Names } from './emit-module.ts';
import { fieldProperty, nullable, optional } from './fields.ts';
import type { Refs, Variant } from './fields.ts';

const datetime = (): Expr => expr('z.iso', call('datetime'));

function isLocalized(model: Model): boolean {
  return model.source.schema.pluginOptions?.i18n?.localized === true;
}

function systemProperties(model: Model, variant: 'entity' | 'nested'): Property[] {
  const draftAndPublish = model.source.schema.options?.draftAndPublish === true;
  const maybe = (e: Expr) => (variant === 'nested' ? optional(e) : e);
  const properties: Property[] = [
    {
      name: 'id',
      value: expr('z', call('int')),
      doc: 'Row id: differs between the draft and the published version.',
    },
    {
      name: 'documentId',
      value: expr('z', call('string')),
      doc: 'Stable id of the entry: use it in API paths.',
    },
    { name: 'createdAt', value: maybe(datetime()) },
    { name: 'updatedAt', value: maybe(datetime()) },
    {
      name: 'publishedAt',
      value: maybe(nullable(datetime())),
      doc: draftAndPublish
        ? 'When this version was published; null for a draft.'
        : 'Set by Strapi when the entry is created (this type has no drafts).',
    },
  ];
  if (isLocalized(model)) {
    properties.push({ name: 'locale', value: maybe(expr('z', call('string'))) });
  }
  return properties;
}

function localizations(model: Model, variant: 'entity' | 'nested', refs: Refs): Property[] {
  if (!isLocalized(model)) {
    return [];
  }
  const item = variant === 'entity' ? `${model.name}NestedSchema` : refs.lib('DocumentRefSchema');
  const value = optional(expr('z', call('array', item)));
  return [{ name: 'localizations', value, lazy: variant === 'entity' }];
}

function attributeProperties(model: Model, variant: Variant, refs: Refs): Property[] {
  return model.fields.flatMap((field) => fieldProperty(field, variant, refs) ?? []);
}

function describe(model: Model): { title: string; description: string; endpoint: string } {
  const { info, kind } = model.source.schema;
  const single = kind === 'singleType';
  const path = single ? info?.singularName : info?.pluralName;
  return {
    title: typeof info?.displayName === 'string' ? info.displayName : model.name,
    description: typeof info?.description === 'string' ? ` ${info.description}` : '',
    endpoint: `\`GET /api/${String(path)}\``,
  };
}

function contentTypeBlock(model: Model, refs: Refs): string[] {
  const { name, source } = model;
  const { title, description, endpoint } = describe(model);
  const kind = source.schema.kind === 'singleType' ? 'single type' : 'collection type';
  const entity = [
    ...systemProperties(model, 'entity'),
    ...attributeProperties(model, 'entity', refs),
  ];
  const nested = [
    ...systemProperties(model, 'nested'),
    ...attributeProperties(model, 'nested', refs),
  ];
  return [
    ...renderObjectSchema(
      `${name}Schema`,
      'z.strictObject',
      [...entity, ...localizations(model, 'entity', refs)],
      `${title} (${kind} \`${source.uid}\`) as ${endpoint} returns it.${description}`,
    ),
    '',
    ...renderObjectSchema(
      `${name}NestedSchema`,
      'z.strictObject',
      [...nested, ...localizations(model, 'nested', refs)],
      `${title} populated as a relation of another entry: only \`id\` and \`documentId\` are always there.`,
    ),
    '',
    ...renderObjectSchema(
      `${name}InputSchema`,
      'z.object',
      attributeProperties(model, 'input', refs),
      `${title}: what a create request may send (scalar fields only). Unknown keys are dropped.`,
    ),
    '',
    `export type ${name} = z.infer<typeof ${name}Schema>;`,
    `export type ${name}Nested = z.infer<typeof ${name}NestedSchema>;`,
    `export type ${name}Input = z.infer<typeof ${name}InputSchema>;`,
  ];
}

export function emitContentTypes(models: Model[], names: Names): string {
  const imports = createImports();
  const refs = createRefs(names, imports, 'content-types');
  return renderModule(
    imports,
    models.map((model) => contentTypeBlock(model, refs)),
  );
}
