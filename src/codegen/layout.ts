/**
 * Line-fitting helpers that lay lists out the way Prettier would (print width 110): on one line when
 * they fit at the column where they are placed, one item per line otherwise.
 * @module
 */

export const PRINT_WIDTH = 110;

/**
 * `{ a: 1, b: 2 }` or `[x, y]` on one line if `column + text + suffix` fits, else broken with each item
 * on its own line (with a trailing comma). `column` is where the opening bracket will stand.
 */
export function fitOrBreak(
  open: string,
  items: readonly string[],
  close: string,
  column: number,
  suffix = '',
): string {
  if (items.length === 0) return `${open.trimEnd()}${close.trimStart()}${suffix}`;
  const oneLine = `${open}${items.join(', ')}${close}${suffix}`;
  if (column + oneLine.length <= PRINT_WIDTH && !oneLine.includes('\n')) return oneLine;
  const body = items.map((item) => `  ${item.replaceAll('\n', '\n  ')},`).join('\n');
  return `${open.trimEnd()}\n${body}\n${close.trimStart()}${suffix}`;
}

/** An object literal from ordered `[key, value]` pairs. */
export function objectLiteral(
  entries: readonly (readonly [string, string])[],
  column: number,
  suffix = '',
): string {
  return fitOrBreak(
    '{ ',
    entries.map(([key, value]) => `${key}: ${value}`),
    ' }',
    column,
    suffix,
  );
}

/** `import { a, type B } from 'x';`, broken one name per line when too long. */
export function importStatement(names: readonly string[], from: string, typeOnly = false): string {
  return fitOrBreak(typeOnly ? 'import type { ' : 'import { ', names, ' }', 0, ` from '${from}';`);
}

/**
 * A method chain such as `uuid('id').notNull().references(() => x.id)`. Prettier breaks a chain of three
 * or more calls when one of them takes a complex argument, and any chain that does not fit.
 */
export function methodChain(base: string, calls: readonly string[], column: number, suffix = ''): string {
  const oneLine = `${base}${calls.map((call) => `.${call}`).join('')}${suffix}`;
  // Prettier's "simple argument" test: no functions, and no object holding an array or object.
  const complex = [base, ...calls].some((call) => call.includes('=>') || /\{[^}]*[[{]/.test(call));
  const mustBreak = calls.length >= 2 && complex;
  if (!mustBreak && column + oneLine.length <= PRINT_WIDTH) return oneLine;
  // With one call Prettier does not break the chain: it expands the call's last argument instead.
  const hugged = calls.length === 1 ? huggedLastObject(`${base}.${calls[0] ?? ''}`, suffix) : undefined;
  if (hugged && column + (hugged.split('\n')[0]?.length ?? 0) <= PRINT_WIDTH) return hugged;
  return `${base}${calls.map((call) => `\n  .${call}`).join('')}${suffix}`;
}

/**
 * `f(a, { x: 1, y: 2 })` as `f(a, {\n  x: 1,\n  y: 2,\n})`: the last-argument expansion Prettier uses when
 * a call ending in a flat object literal does not fit. Undefined when the call does not end that way.
 */
function huggedLastObject(call: string, suffix: string): string | undefined {
  const match = /^(.*), \{ ([^{}]*) \}\)$/s.exec(call);
  if (!match?.[1] || !match[2]) return undefined;
  const entries = match[2].split(', ').map((entry) => `  ${entry},`);
  return `${match[1]}, {\n${entries.join('\n')}\n})${suffix}`;
}

/** JSON as Prettier prints it: objects expanded, arrays of scalars on one line when they fit. */
export function prettyJson(value: unknown, column = 0): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => prettyJson(item, column + 2));
    const scalars = value.every((item) => item === null || typeof item !== 'object');
    const oneLine = `[${items.join(', ')}]`;
    if (items.length === 0 || (scalars && column + oneLine.length <= PRINT_WIDTH)) return oneLine;
    return `[\n${items.map((item) => `${' '.repeat(column + 2)}${item}`).join(',\n')}\n${' '.repeat(column)}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(
      ([key, item]) => `${' '.repeat(column + 2)}${JSON.stringify(key)}: ${prettyJson(item, column + 2)}`,
    );
    return `{\n${lines.join(',\n')}\n${' '.repeat(column)}}`;
  }
  return JSON.stringify(value);
}

/**
 * An array literal. Prettier always breaks an array of two or more objects that each have more than one
 * property; otherwise it breaks only what does not fit. Lay items out for `column + 2` first.
 */
export function arrayLiteral(items: readonly string[], column: number, suffix = ''): string {
  const objects = items.length >= 2 && items.every(hasSeveralProperties);
  return fitOrBreak('[', items, ']', objects ? PRINT_WIDTH : column, suffix);
}

/** True for `{ a: 1, b: 2 }` (also when broken over lines), false for `{ a: 1 }` and non-objects. */
function hasSeveralProperties(item: string): boolean {
  if (!item.startsWith('{')) return false;
  let depth = 0;
  let quoteChar = '';
  for (let index = 0; index < item.length; index += 1) {
    const char = item.charAt(index);
    if (quoteChar) {
      if (char === quoteChar && item.charAt(index - 1) !== '\\') quoteChar = '';
    } else if (char === "'" || char === '"' || char === '`') quoteChar = char;
    else if ('{[('.includes(char)) depth += 1;
    else if ('}])'.includes(char)) depth -= 1;
    // A comma between properties, not the trailing comma of a broken object.
    else if (char === ',' && depth === 1 && item.slice(index + 1).trim() !== '}') return true;
  }
  return false;
}
