// Maps one attribute to one property of a generated object schema, per schema variant.
import { call, chain, expr } from './code.ts';
import type { Expr, Property } from './code.ts';
import type { ComponentField, Field, MediaField, RelationField } from './attributes.ts';
import { numberOption, scalarExpr } from './scalars.ts';

/**
 * - `entity`: a content type at the top level of a response;
 * - `component`: a component inside an entity (same rules as `entity`);
 * - `nested`: a content type populated as a relation of another one (all optional);
 * - `input`: the body of a create request (scalar attributes and blocks only).
 */
export type Variant = 'entity' | 'component' | 'nested' | 'input';

/** How the emitting module names and imports the schemas a field refers to. */
export type Refs = {
  /** Name of a library schema (`MediaSchema`, …), marking it as imported. */
  lib(name: 'MediaSchema' | 'BlocksSchema' | 'DocumentRefSchema'): string;
  /** Name of a component's schema, marking it as imported when it lives in another module. */
  component(uid: string): string;
  /** Name of a content type's nested schema, or undefined for a target outside cms/src/api. */
  nested(target: string): string | undefined;
};

export function nullable(e: Expr): Expr {
  return chain(e, call('nullable'));
}

export function optional(e: Expr): Expr {
  return chain(e, call('optional'));
}

function array(item: string, ...calls: ReturnType<typeof call>[]): Expr {
  return expr('z', call('array', item), ...calls);
}

function mediaProperty(field: MediaField, refs: Refs): Property {
  const media = refs.lib('MediaSchema');
  const value = field.multiple ? array(media) : expr(media);
  return { name: field.name, value: optional(nullable(value)), doc: field.doc };
}

function componentProperty(field: ComponentField, refs: Refs): Property {
  const name = refs.component(field.component);
  if (field.repeatable) {
    const min = numberOption(field, 'min', true);
    const max = numberOption(field, 'max', true);
    const checks = [
      ...(field.required && min !== undefined ? [call('min', String(min))] : []),
      ...(max !== undefined ? [call('max', String(max))] : []),
    ];
    return {
      name: field.name,
      value: optional(array(name, ...checks)),
      lazy: true,
      doc: field.doc,
    };
  }
  const value = field.required ? expr(name) : nullable(expr(name));
  return { name: field.name, value: optional(value), lazy: true, doc: field.doc };
}

function relationProperty(field: RelationField, variant: Variant, refs: Refs): Property {
  const nested = variant === 'nested' ? undefined : refs.nested(field.target);
  const target = nested ?? refs.lib('DocumentRefSchema');
  const value = field.toMany ? array(target) : nullable(expr(target));
  return { name: field.name, value: optional(value), lazy: nested !== undefined, doc: field.doc };
}

/** The property for `field` in `variant`, or undefined when the variant leaves it out. */
export function fieldProperty(field: Field, variant: Variant, refs: Refs): Property | undefined {
  if (variant === 'input') {
    if (field.kind !== 'scalar' || field.type === 'password') {
      return undefined;
    }
    const value = scalarExpr(field, 'input');
    if (field.type === 'blocks') {
      refs.lib('BlocksSchema');
    }
    return {
      name: field.name,
      value: field.required ? value : optional(nullable(value)),
      doc: field.doc,
    };
  }
  if (field.private || (field.kind === 'scalar' && field.type === 'password')) {
    return undefined;
  }
  switch (field.kind) {
    case 'scalar': {
      if (field.type === 'blocks') {
        refs.lib('BlocksSchema');
      }
      const value = scalarExpr(field, 'response');
      // z.json() already accepts null.
      const present = field.required || field.type === 'json' ? value : nullable(value);
      return {
        name: field.name,
        value: variant === 'nested' ? optional(present) : present,
        doc: field.doc,
      };
    }
    case 'media':
      return mediaProperty(field, refs);
    case 'component':
      return componentProperty(field, refs);
    case 'relation':
      return relationProperty(field, variant, refs);
  }
}
