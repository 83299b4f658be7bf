// Building blocks for the emitted TypeScript: expressions, properties and comments,
// laid out like Prettier would (2 spaces, single quotes, semicolons, trailing commas,
// 100 columns). The output passes the repository's formatting rules (ESLint Stylistic, run by
// `pnpm lint`), but those cannot break a long line (max-len has no fixer), so the layout stays here.

export const PRINT_WIDTH = 100;

/** An argument: code, an array literal of codes, or an object literal of `key: value` codes. */
export type Arg = string | string[] | { object: string[] };

/** A call in a method chain: `.max(120)`. */
export type Call = { name: string; args: Arg[] };

/** A chained expression: `head` followed by calls, e.g. `z` `.string()` `.max(120)`. */
export type Expr = { head: string; calls: Call[] };

export function expr(head: string, ...calls: Call[]): Expr {
  return { head, calls };
}

export function call(name: string, ...args: Arg[]): Call {
  return { name, args };
}

/** Returns a copy of `base` with more calls chained on. */
export function chain(base: Expr, ...calls: Call[]): Expr {
  return { head: base.head, calls: [...base.calls, ...calls] };
}

/** A single-quoted JavaScript string literal. */
export function quote(value: string): string {
  const json = JSON.stringify(value).slice(1, -1);
  return `'${json.replace(/\\"/g, '"').replace(/'/g, '\\\'')}'`;
}

/** An object key: bare when it is a valid identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quote(name);
}

function flatArg(arg: Arg): string {
  if (typeof arg === 'string') {
    return arg;
  }
  return Array.isArray(arg) ? `[${arg.join(', ')}]` : `{ ${arg.object.join(', ')} }`;
}

function flatCall(c: Call): string {
  return `.${c.name}(${c.args.map(flatArg).join(', ')})`;
}

export function flatExpr(e: Expr): string {
  return e.head + e.calls.map(flatCall).join('');
}

/** Lines of one call at `indent`, breaking its arguments when the call is too long. */
function callLines(c: Call, indent: string, suffix: string): string[] {
  const flat = `${indent}${flatCall(c)}${suffix}`;
  if (flat.length <= PRINT_WIDTH || c.args.length === 0) {
    return [flat];
  }
  const only = c.args[0];
  if (c.args.length === 1 && typeof only === 'object') {
    // A lone array or object argument hugs the parentheses: `.enum([` … `])`.
    const [open, close, items] = Array.isArray(only) ? ['[', ']', only] : ['{', '}', only.object];
    return [
      `${indent}.${c.name}(${open}`,
      ...items.map((item) => `${indent}  ${item},`),
      `${indent}${close})${suffix}`,
    ];
  }
  return [
    `${indent}.${c.name}(`,
    ...c.args.map((arg) => `${indent}  ${flatArg(arg)},`),
    `${indent})${suffix}`,
  ];
}

/**
 * `prefix + expression + suffix` on one line when it fits, otherwise as a broken
 * chain: the head (with its first call unless the head is `z…`) on the first
 * line and one call per following line.
 */
export function renderExpr(e: Expr, indent: string, prefix: string, suffix: string): string[] {
  const flat = `${indent}${prefix}${flatExpr(e)}${suffix}`;
  if (flat.length <= PRINT_WIDTH || e.calls.length === 0) {
    return [flat];
  }
  // Like Prettier: a short head (`z`, `z.iso`) stands alone, a schema name keeps its first call.
  const keepFirst = !/^z(\.|$)/.test(e.head) && e.calls.length > 1;
  const first = keepFirst ? e.head + flatCall(e.calls[0] as Call) : e.head;
  const rest = keepFirst ? e.calls.slice(1) : e.calls;
  const lines = [`${indent}${prefix}${first}`];
  rest.forEach((c, index) => {
    lines.push(...callLines(c, `${indent}  `, index === rest.length - 1 ? suffix : ''));
  });
  return lines;
}

/** A JSDoc block, on one line when it fits, wrapped at the print width otherwise. */
export function jsDoc(text: string, indent: string): string[] {
  const clean = text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
  if (clean.length === 0) {
    return [];
  }
  const single = `${indent}/** ${clean} */`;
  if (single.length <= PRINT_WIDTH) {
    return [single];
  }
  const lines = [`${indent}/**`];
  let line = '';
  for (const word of clean.split(' ')) {
    const candidate = line.length === 0 ? word : `${line} ${word}`;
    if (`${indent} * ${candidate}`.length > PRINT_WIDTH && line.length > 0) {
      lines.push(`${indent} * ${line}`);
      line = word;
    } else {
      line = candidate;
    }
  }
  lines.push(`${indent} * ${line}`, `${indent} */`);
  return lines;
}

/** One property of an object literal passed to `z.strictObject({ ... })`. */
export type Property = {
  name: string;
  value: Expr;
  /** Emit as a getter, so the referenced schema is read lazily (cycles, declaration order). */
  lazy?: boolean;
  doc?: string;
};

export function renderProperty(p: Property, indent: string): string[] {
  const lines = p.doc === undefined ? [] : jsDoc(p.doc, indent);
  const key = propertyKey(p.name);
  if (p.lazy === true) {
    lines.push(`${indent}get ${key}() {`);
    lines.push(...renderExpr(p.value, `${indent}  `, 'return ', ';'));
    lines.push(`${indent}},`);
  } else {
    lines.push(...renderExpr(p.value, indent, `${key}: `, ','));
  }
  return lines;
}

/** `export const Name = <factory>({ ...properties });` */
export function renderObjectSchema(
  name: string,
  factory: string,
  properties: Property[],
  doc: string | undefined,
): string[] {
  return [
    ...(doc === undefined ? [] : jsDoc(doc, '')),
    `export const ${name} = ${factory}({`,
    ...properties.flatMap((p) => renderProperty(p, '  ')),
    '});',
  ];
}
