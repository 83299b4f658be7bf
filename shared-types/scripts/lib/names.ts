import { SchemaError } from './model.ts';
import type { ModelSource } from './model.ts';

/** `free-consultation` → `FreeConsultation`, `crisis_support2` → `CrisisSupport2`. */
export function pascalCase(value: string): string {
  return value
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `shared.seo` → `SharedSeo`. */
export function componentTypeName(uid: string): string {
  return pascalCase(uid.replace('.', '-'));
}

/** The content type's `info.singularName` in PascalCase: `crisis-support` → `CrisisSupport`. */
export function contentTypeName(source: ModelSource): string {
  const singularName = source.schema.info?.singularName;
  if (typeof singularName !== 'string' || singularName.length === 0) {
    throw new SchemaError(`Missing info.singularName in ${source.file}`);
  }
  return pascalCase(singularName);
}

/** Throws when two generated (or imported) names would be the same identifier. */
export function assertUniqueNames(names: { name: string; from: string }[]): void {
  const seen = new Map<string, string>();
  for (const { name, from } of names) {
    const previous = seen.get(name);
    if (previous !== undefined) {
      throw new SchemaError(
        `The generated name "${name}" would be exported twice: by ${previous} and by ${from}. Rename one.`,
      );
    }
    seen.set(name, from);
  }
}

/** Compares strings by code unit, independent of the machine's locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
