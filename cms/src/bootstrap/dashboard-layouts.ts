import type { Core } from '@strapi/strapi';
import { LAYOUT_FILES } from '../admin-layouts';
import { resolveEditLayout, withListLabels, withSchemaMetadatas, type FieldSize, type Metadatas } from '../admin-layouts/apply';
import type { LayoutFile, LayoutRow } from '../admin-layouts/layout-file';

/**
 * The dashboard's edit views follow the repository, not whatever was clicked last: at every boot
 * the committed layouts (src/admin-layouts/*.json) and the labels and help texts of every
 * schema (`config.metadatas`) are written into the Content Manager's configuration. Strapi
 * itself only reads `config.metadatas` when a configuration is first created.
 */
interface Attribute {
  type: string;
  visible?: boolean;
}

interface Schema {
  uid: string;
  attributes: Record<string, Attribute>;
  config?: { metadatas?: Metadatas; attributes?: Record<string, { hidden?: boolean }> };
}

export interface CmConfiguration {
  settings: Record<string, unknown>;
  metadatas: Metadatas;
  layouts: { edit: LayoutRow[]; list: string[]; [key: string]: unknown };
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<CmConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: CmConfiguration): Promise<unknown>;
}

interface FieldSizesService {
  getFieldSize(type: string): FieldSize;
}

const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);
const NOT_LISTABLE = new Set(['json', 'password', 'richtext', 'dynamiczone', 'blocks']);

function editableFields(schema: Schema): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (SYSTEM_FIELDS.has(name) || attribute.visible === false || schema.config?.attributes?.[name]?.hidden) continue;
    fields.set(name, attribute.type);
  }
  return fields;
}

const listable = (schema: Schema, name: string): boolean => {
  const attribute = schema.attributes[name];
  return attribute !== undefined && !NOT_LISTABLE.has(attribute.type);
};

export function configurationFor(schema: Schema, current: CmConfiguration, file: LayoutFile | undefined, sizeOf: (type: string) => FieldSize): {
  configuration: CmConfiguration;
  appended: string[];
  problems: string[];
} {
  const metadatas = withListLabels(withSchemaMetadatas(current.metadatas, schema.config?.metadatas), file?.listLabels);
  if (!file) return { configuration: { settings: current.settings, metadatas, layouts: current.layouts }, appended: [], problems: [] };
  const { edit, appended, problems } = resolveEditLayout(file, editableFields(schema), sizeOf);
  const list = file.list?.filter((name) => listable(schema, name)) ?? current.layouts.list;
  for (const name of file.list ?? []) {
    if (!listable(schema, name)) problems.push(`the list names "${name}", which cannot be shown as a column`);
  }
  return {
    appended,
    problems,
    configuration: {
      settings: { ...current.settings, ...file.settings },
      metadatas,
      layouts: { ...current.layouts, edit, list: list.length > 0 ? list : current.layouts.list },
    },
  };
}

export async function syncDashboardLayouts(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const sizes = contentManager.service('field-sizes') as unknown as FieldSizesService;
  const sizeOf = (type: string): FieldSize => sizes.getFieldSize(type);
  const files = new Map(LAYOUT_FILES.map((file) => [file.uid, file]));
  const models: Array<[Schema, ConfigurationService]> = [
    ...Object.values(strapi.contentTypes as unknown as Record<string, Schema>)
      .filter((schema) => schema.uid.startsWith('api::'))
      .map((schema): [Schema, ConfigurationService] => [schema, contentManager.service('content-types') as unknown as ConfigurationService]),
    ...Object.values(strapi.components as unknown as Record<string, Schema>).map(
      (schema): [Schema, ConfigurationService] => [schema, contentManager.service('components') as unknown as ConfigurationService],
    ),
  ];

  for (const uid of files.keys()) {
    if (!models.some(([schema]) => schema.uid === uid)) strapi.log.warn(`[tend] src/admin-layouts: no content type or component "${uid}".`);
  }
  for (const [schema, service] of models) {
    const current = await service.findConfiguration({ uid: schema.uid });
    const { configuration, appended, problems } = configurationFor(schema, current, files.get(schema.uid), sizeOf);
    for (const problem of problems) strapi.log.warn(`[tend] src/admin-layouts, ${schema.uid}: ${problem}.`);
    if (appended.length > 0) {
      strapi.log.warn(`[tend] ${schema.uid}: ${appended.join(', ')} not in src/admin-layouts, shown at the end of the edit view.`);
    }
    const stored = { settings: current.settings, metadatas: current.metadatas, layouts: current.layouts };
    if (JSON.stringify(stored) !== JSON.stringify(configuration)) {
      await service.updateConfiguration({ uid: schema.uid }, configuration);
    }
  }
}
