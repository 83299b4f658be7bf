// Reads the Strapi schemas from disk (cms/src) into a SchemaSet.
import fs from 'node:fs';
import path from 'node:path';
import { SchemaError } from './model.ts';
import type { ModelSource, SchemaSet, StrapiSchemaJson } from './model.ts';
import { byCodeUnit } from './names.ts';

function subdirectories(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(byCodeUnit);
}

function readJson(file: string, label: string): StrapiSchemaJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SchemaError(`Cannot read ${label}: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SchemaError(`${label} does not contain a JSON object`);
  }
  return parsed as StrapiSchemaJson;
}

/**
 * Content types from `<cmsSrc>/api/<api>/content-types/<name>/schema.json` and components
 * from `<cmsSrc>/components/<category>/<name>.json`. `label` prefixes the paths shown in
 * error messages.
 */
export function readSchemaSet(cmsSrc: string, label = 'cms/src'): SchemaSet {
  const contentTypes: ModelSource[] = [];
  for (const api of subdirectories(path.join(cmsSrc, 'api'))) {
    const dir = path.join(cmsSrc, 'api', api, 'content-types');
    for (const name of subdirectories(dir)) {
      const file = path.join(dir, name, 'schema.json');
      if (fs.existsSync(file)) {
        const shown = `${label}/api/${api}/content-types/${name}/schema.json`;
        contentTypes.push({
          uid: `api::${api}.${name}`,
          file: shown,
          schema: readJson(file, shown),
        });
      }
    }
  }
  const components: ModelSource[] = [];
  for (const category of subdirectories(path.join(cmsSrc, 'components'))) {
    const dir = path.join(cmsSrc, 'components', category);
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort(byCodeUnit);
    for (const fileName of files) {
      const shown = `${label}/components/${category}/${fileName}`;
      const uid = `${category}.${fileName.slice(0, -'.json'.length)}`;
      components.push({ uid, file: shown, schema: readJson(path.join(dir, fileName), shown) });
    }
  }
  return { contentTypes, components };
}
