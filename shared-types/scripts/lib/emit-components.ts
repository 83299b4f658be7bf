// Emits src/generated/components.ts: one strict object schema per component.
import { expr, renderObjectSchema } from './code.ts';
import type { Property } from './code.ts';
import { createImports, createRefs, renderModule } from './emit-module.ts';
import type { Model, Names } from './emit-module.ts';
import { fieldProperty } from './fields.ts';
import type { Refs } from './fields.ts';

function componentDoc(model: Model): string {
  const { info } = model.source.schema;
  const displayName = typeof info?.displayName === 'string' ? ` (${info.displayName})` : '';
  const description = typeof info?.description === 'string' ? `: ${info.description}` : '';
  return `Component \`${model.source.uid}\`${displayName}${description}.`.replace(/\.\.$/, '.');
}

function componentBlock(model: Model, refs: Refs): string[] {
  const properties: Property[] = [
    { name: 'id', value: expr('z', { name: 'int', args: [] }) },
    ...model.fields.flatMap((field) => fieldProperty(field, 'component', refs) ?? []),
  ];
  const schemaName = `${model.name}Schema`;
  return [
    ...renderObjectSchema(schemaName, 'z.strictObject', properties, componentDoc(model)),
    '',
    `export type ${model.name} = z.infer<typeof ${schemaName}>;`,
  ];
}

export function emitComponents(models: Model[], names: Names): string {
  const imports = createImports();
  const refs = createRefs(names, imports, 'components');
  const blocks = models.map((model) => componentBlock(model, refs));
  return renderModule(imports, blocks);
}
