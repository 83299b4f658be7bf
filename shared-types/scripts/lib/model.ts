// The parts of Strapi's schema JSON the generator reads, and what it produces.

/** One entry of `attributes` in a schema.json or component JSON (only the keys we read). */
export type StrapiAttribute = {
  type?: unknown;
  required?: unknown;
  private?: unknown;
  maxLength?: unknown;
  minLength?: unknown;
  min?: unknown;
  max?: unknown;
  regex?: unknown;
  enum?: unknown;
  multiple?: unknown;
  relation?: unknown;
  target?: unknown;
  component?: unknown;
  repeatable?: unknown;
  [key: string]: unknown;
};

export type StrapiEditMetadata = { label?: unknown; description?: unknown };

export type StrapiSchemaJson = {
  kind?: unknown;
  info?: {
    singularName?: unknown;
    pluralName?: unknown;
    displayName?: unknown;
    description?: unknown;
  };
  options?: { draftAndPublish?: unknown; privateAttributes?: unknown };
  pluginOptions?: { i18n?: { localized?: unknown } };
  attributes?: Record<string, StrapiAttribute>;
  config?: { metadatas?: Record<string, { edit?: StrapiEditMetadata } | undefined> };
};

/** A content type (`api::<api>.<name>`) or a component (`<category>.<name>`) read from disk. */
export type ModelSource = {
  /** `api::article.article` or `shared.seo`. */
  uid: string;
  /** Path shown in error messages, e.g. `cms/src/api/article/content-types/article/schema.json`. */
  file: string;
  schema: StrapiSchemaJson;
};

export type SchemaSet = { contentTypes: ModelSource[]; components: ModelSource[] };

/** A file to write, `path` relative to `src/generated/`. */
export type GeneratedFile = { path: string; contents: string };

/** A problem in the Strapi schemas: reported to the developer without a stack trace. */
export class SchemaError extends Error {
  override name = 'SchemaError';
}
