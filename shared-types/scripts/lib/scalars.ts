// Maps a scalar attribute to a zod expression with the checks Strapi applies on publish.
// `response` mode validates what the REST API returns; `input` mode validates what a form
// sends, with messages for readers.
import { call, chain, expr, quote } from './code.ts';
import type { Arg, Call, Expr } from './code.ts';
import { messages } from './messages.ts';
import { SchemaError } from './model.ts';
import type { ScalarField } from './attributes.ts';

export type Mode = 'response' | 'input';

/** Strapi's pattern for `uid` attributes without their own `regex`. */
export const UID_PATTERN = '^[A-Za-z0-9-_.~]*$';

/** Strapi's default maximum length of a `string` (short text) attribute. */
const STRING_MAX_LENGTH = 255;

type AttributeRef = Pick<ScalarField, 'attr' | 'name' | 'file'>;

function fail(field: AttributeRef, problem: string): never {
  throw new SchemaError(`${problem} for attribute "${field.name}" in ${field.file}`);
}

/** A numeric option of an attribute (`min`, `maxLength`, …); Strapi also accepts numeric strings. */
export function numberOption(
  field: AttributeRef,
  key: string,
  integer: boolean,
): number | undefined {
  const raw = field.attr[key];
  if (raw === undefined || raw === null) {
    return undefined;
  }
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (
    typeof value !== 'number'
    || !Number.isFinite(value)
    || (integer && !Number.isInteger(value))
  ) {
    fail(
      field,
      `"${key}" must be ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

function regexOption(field: ScalarField): string | undefined {
  const raw = field.attr.regex;
  if (raw === undefined || raw === null || raw === '') {
    return undefined;
  }
  if (typeof raw !== 'string') {
    fail(field, `"regex" must be a string, got ${JSON.stringify(raw)}`);
  }
  try {
    new RegExp(raw);
  } catch (error) {
    fail(field, `Invalid "regex" ${JSON.stringify(raw)} (${(error as Error).message})`);
  }
  return raw;
}

/** `(message)` in input mode, nothing in response mode. */
function msg(mode: Mode, message: string): string[] {
  return mode === 'input' ? [quote(message)] : [];
}

/**
 * The options object of a zod factory: `options` plus, in input mode, `error: message`.
 * `always`: the factory checks a format, so the message helps even for an optional field;
 * otherwise it only reports a missing value, which matters for required fields only.
 */
function params(
  mode: Mode,
  field: ScalarField,
  message: string,
  always: boolean,
  options: string[] = [],
): Arg[] {
  const parts = [...options];
  if (mode === 'input' && (always || field.required)) {
    parts.push(`error: ${quote(message)}`);
  }
  return parts.length === 0 ? [] : [{ object: parts }];
}

function regexCall(pattern: string, message: string[]): Call {
  return call('regex', `new RegExp(${quote(pattern)})`, ...message);
}

function textExpr(field: ScalarField, mode: Mode): Expr {
  const { type, required } = field;
  // Responses accept any address Strapi accepts (the HTML5 rule); a form also wants a dot in
  // the domain, so that "name@gmail" is caught before the therapist cannot reply.
  const emailOptions = mode === 'input' ? [] : ['pattern: z.regexes.html5Email'];
  const base
    = type === 'email'
      ? expr('z', call('email', ...params(mode, field, messages.email, true, emailOptions)))
      : expr('z', call('string', ...params(mode, field, messages.required, false)));
  const calls: Call[] = [];
  const minLength = numberOption(field, 'minLength', true);
  const maxLength
    = numberOption(field, 'maxLength', true) ?? (type === 'string' ? STRING_MAX_LENGTH : undefined);
  if (minLength !== undefined && minLength > 0) {
    // `minLength: 1` on a required field means "not empty" (Strapi's `required` accepts ""):
    // a reader who left it blank is asked to fill it in, not to write one character.
    const message = minLength === 1 && required ? messages.required : messages.minLength(minLength);
    calls.push(call('min', String(minLength), ...msg(mode, message)));
  } else if (mode === 'input' && required && type !== 'email') {
    // Strapi accepts "" for a required text; a form should not.
    calls.push(call('min', '1', quote(messages.required)));
  }
  if (maxLength !== undefined) {
    calls.push(call('max', String(maxLength), ...msg(mode, messages.maxLength(maxLength))));
  }
  const regex = regexOption(field);
  if (type === 'uid') {
    calls.push(regexCall(regex ?? UID_PATTERN, msg(mode, messages.pattern)));
  } else if (regex !== undefined) {
    // Strapi lets an optional field be an empty string even when it has a pattern.
    calls.push(regexCall(required ? regex : `^$|${regex}`, msg(mode, messages.pattern)));
  }
  return chain(base, ...calls);
}

function numberExpr(field: ScalarField, mode: Mode, integer: boolean): Expr {
  const base = expr(
    'z',
    call(
      integer ? 'int' : 'number',
      ...params(mode, field, integer ? messages.integer : messages.number, true),
    ),
  );
  const calls: Call[] = [];
  const min = numberOption(field, 'min', false);
  const max = numberOption(field, 'max', false);
  if (min !== undefined) {
    calls.push(call('min', String(min), ...msg(mode, messages.min(min))));
  }
  if (max !== undefined) {
    calls.push(call('max', String(max), ...msg(mode, messages.max(max))));
  }
  return chain(base, ...calls);
}

function enumExpr(field: ScalarField, mode: Mode): Expr {
  const values = field.attr.enum;
  if (
    !Array.isArray(values)
    || values.length === 0
    || !values.every((v) => typeof v === 'string')
  ) {
    fail(field, '"enum" must be a non-empty list of strings');
  }
  return expr('z', call('enum', values.map(quote), ...params(mode, field, messages.choice, true)));
}

/** The zod expression for a scalar attribute, without `.nullable()` / `.optional()`. */
export function scalarExpr(field: ScalarField, mode: Mode): Expr {
  switch (field.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'password':
    case 'email':
    case 'uid':
      return textExpr(field, mode);
    case 'enumeration':
      return enumExpr(field, mode);
    case 'boolean':
      return expr('z', call('boolean', ...params(mode, field, messages.boolean, false)));
    case 'integer':
      return numberExpr(field, mode, true);
    case 'float':
    case 'decimal':
      return numberExpr(field, mode, false);
    case 'biginteger':
      // Strapi returns big integers as strings of digits, and accepts a sign on input.
      return expr(
        'z',
        call('string', ...params(mode, field, messages.required, false)),
        regexCall(mode === 'input' ? '^[+-]?[0-9]+$' : '^-?[0-9]+$', msg(mode, messages.integer)),
      );
    case 'date':
      return expr('z.iso', call('date', ...params(mode, field, messages.date, true)));
    case 'datetime':
      return mode === 'input'
        ? expr(
            'z.iso',
            call('datetime', ...params(mode, field, messages.datetime, true, ['offset: true'])),
          )
        : expr('z.iso', call('datetime'));
    case 'time':
      return expr('z.iso', call('time', ...params(mode, field, messages.time, true)));
    case 'json':
      return expr('z', call('json'));
    case 'blocks':
      return expr('BlocksSchema');
  }
}
