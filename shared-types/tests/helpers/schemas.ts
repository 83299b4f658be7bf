// Builders for small synthetic Strapi schemas.
import type { ModelSource, StrapiAttribute, StrapiSchemaJson } from '../../scripts/lib/model.ts';

export function contentType(
  name: string,
  attributes: Record<string, StrapiAttribute>,
  extra: Partial<StrapiSchemaJson> = {},
): ModelSource {
  return {
    uid: `api::${name}.${name}`,
    file: `cms/src/api/${name}/content-types/${name}/schema.json`,
    schema: {
      kind: 'collectionType',
      info: { singularName: name, pluralName: `${name}s`, displayName: name },
      options: { draftAndPublish: true },
      attributes,
      ...extra,
    },
  };
}

export function component(uid: string, attributes: Record<string, StrapiAttribute>): ModelSource {
  const [category, name] = uid.split('.');
  return {
    uid,
    file: `cms/src/components/${category}/${name}.json`,
    schema: { info: { displayName: uid }, attributes },
  };
}
