// The generator as a pure function: Strapi schemas in, file contents out.
import { readFields } from './attributes.ts';
import { emitComponents } from './emit-components.ts';
import { emitContentTypes } from './emit-content-types.ts';
import { HEADER } from './emit-module.ts';
import type { Model, Names } from './emit-module.ts';
import { SchemaError } from './model.ts';
import type { GeneratedFile, ModelSource, SchemaSet } from './model.ts';
import { assertUniqueNames, byCodeUnit, componentTypeName, contentTypeName } from './names.ts';

/**
 * Names src/index.ts already exports from src/strapi/ (plus `z`): a generated name equal to
 * one of them would clash in `export *`. tests/reserved-names.test.ts keeps this list honest.
 */
export const RESERVED_NAMES = [
  'z',
  'BlockImage',
  'BlockImageSchema',
  'BlockNode',
  'BlockNodeSchema',
  'Blocks',
  'BlocksSchema',
  'CodeNode',
  'CodeNodeSchema',
  'CollectionResponse',
  'DocumentRef',
  'DocumentRefSchema',
  'HeadingLevel',
  'HeadingNode',
  'HeadingNodeSchema',
  'ImageNode',
  'ImageNodeSchema',
  'InlineNode',
  'InlineNodeSchema',
  'LinkNode',
  'LinkNodeSchema',
  'ListItemNode',
  'ListItemNodeSchema',
  'ListNode',
  'ListNodeSchema',
  'Media',
  'MediaFormat',
  'MediaFormatSchema',
  'MediaSchema',
  'Pagination',
  'PaginationSchema',
  'ParagraphNode',
  'ParagraphNodeSchema',
  'QuoteNode',
  'QuoteNodeSchema',
  'SingleResponse',
  'StrapiError',
  'StrapiErrorSchema',
  'StrapiValidationIssue',
  'StrapiValidationIssueSchema',
  'TextNode',
  'TextNodeSchema',
  'collectionResponse',
  'singleResponse',
];

function sortedByUid(sources: ModelSource[]): ModelSource[] {
  const sorted = [...sources].sort((a, b) => byCodeUnit(a.uid, b.uid));
  sorted.forEach((source, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && previous.uid === source.uid) {
      throw new SchemaError(
        `"${source.uid}" is defined twice: ${previous.file} and ${source.file}`,
      );
    }
  });
  return sorted;
}

function checkNames(components: Model[], contentTypes: Model[]): void {
  assertUniqueNames([
    ...RESERVED_NAMES.map((name) => ({ name, from: 'shared-types/src/strapi' })),
    ...components.flatMap(({ name, source }) =>
      [name, `${name}Schema`].map((n) => ({ name: n, from: source.file }))),
    ...contentTypes.flatMap(({ name, source }) =>
      ['', 'Nested', 'Input']
        .flatMap((suffix) => [`${name}${suffix}`, `${name}${suffix}Schema`])
        .map((n) => ({ name: n, from: source.file }))),
  ]);
}

/** Generates the contents of src/generated/*.ts. Same input, same output, byte for byte. */
export function generateFiles(set: SchemaSet): GeneratedFile[] {
  const componentSources = sortedByUid(set.components);
  const contentTypeSources = sortedByUid(set.contentTypes);
  const known = {
    components: new Set(componentSources.map((s) => s.uid)),
    contentTypes: new Set(contentTypeSources.map((s) => s.uid)),
  };
  const components: Model[] = componentSources.map((source) => ({
    source,
    name: componentTypeName(source.uid),
    fields: readFields(source, known, false),
  }));
  const contentTypes: Model[] = contentTypeSources.map((source) => ({
    source,
    name: contentTypeName(source),
    fields: readFields(source, known, true),
  }));
  checkNames(components, contentTypes);
  const names: Names = {
    components: new Map(components.map((m) => [m.source.uid, `${m.name}Schema`])),
    nested: new Map(contentTypes.map((m) => [m.source.uid, `${m.name}NestedSchema`])),
  };
  return [
    { path: 'components.ts', contents: emitComponents(components, names) },
    { path: 'content-types.ts', contents: emitContentTypes(contentTypes, names) },
    {
      path: 'index.ts',
      contents: `${HEADER}\n\nexport * from './components';\nexport * from './content-types';\n`,
    },
  ];
}
