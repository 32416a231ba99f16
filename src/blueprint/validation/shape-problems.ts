/**
 * Turns the contract's Zod issues into `BlueprintProblem`s a person (or a model) can act on: each
 * says what is wrong in plain English and what to write instead.
 * @module
 */
import type { z } from 'zod';
import { closestMatch, nearest } from '../naming/closest.js';
import { correctedToPattern } from './corrections.js';
import { exampleValueAt, valueAt } from './examples.js';
import { type LocatedProblem, type PathSegment, problemAt, quote } from './problem.js';
import { allowedKeysAt } from './schema-walk.js';

type Issue = z.core.$ZodIssue;

const OBJECT_NOUNS: Readonly<Record<string, string>> = {
  entities: 'an entity',
  fields: 'a field',
  values: 'an enum value',
  relations: 'a relation',
  roles: 'a role',
  permissions: 'a permission',
  pages: 'a page',
  navigation: 'a navigation item',
  integrations: 'an integration',
};

/** `entities[0].fields[1]` → `a field`; the root → `the Blueprint`. */
function describeObject(path: readonly PathSegment[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'the Blueprint';
  if (typeof last === 'number') return OBJECT_NOUNS[String(path.at(-2))] ?? 'this item';
  return last === 'deployment' ? '`deployment`' : quote(last);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'an object';
}

const EXPECTED_NOUNS: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'an object',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function isMissing(input: unknown, path: readonly PathSegment[]): boolean {
  if (path.length === 0) return input === undefined;
  const parent = valueAt(input, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && valueAt(parent, path.slice(-1)) === undefined;
}

function nameOf(path: readonly PathSegment[]): string {
  const last = path.at(-1);
  return last === undefined ? 'the Blueprint' : typeof last === 'number' ? `item ${last}` : quote(last);
}

function withExample(action: string, input: unknown, path: readonly PathSegment[]): string {
  const example = exampleValueAt(input, path);
  const key = path.at(-1);
  if (example === undefined) return action;
  return typeof key === 'string' ? `${action}, e.g. "${key}": ${example}` : `${action}, e.g. ${example}`;
}

function unknownKeys(issue: Extract<Issue, { code: 'unrecognized_keys' }>): LocatedProblem[] {
  const allowed = allowedKeysAt(issue.path as PathSegment[]);
  return issue.keys.map((key) => {
    const path = [...(issue.path as PathSegment[]), key];
    const guess = closestMatch(key, allowed);
    const allowedText = `allowed here: ${allowed.join(', ')}`;
    const suggestion = guess
      ? `did you mean ${quote(guess)}? Rename ${quote(key)} to ${quote(guess)}; ${allowedText}`
      : `remove ${quote(key)}; ${allowedText}`;
    return problemAt(
      'unknown_field',
      path,
      `${quote(key)} is not a property of ${describeObject(issue.path as PathSegment[])}`,
      suggestion,
    );
  });
}

function missing(input: unknown, path: readonly PathSegment[], options: readonly unknown[]): LocatedProblem {
  const parentNoun = describeObject(path.slice(0, -1));
  const listed = options.length > 1 ? `; allowed values: ${options.map(String).join(', ')}` : '';
  return problemAt(
    'missing_field',
    path,
    `${parentNoun.charAt(0).toUpperCase()}${parentNoun.slice(1)} needs ${nameOf(path)}, which is missing`,
    withExample(`add ${nameOf(path)}`, input, path) + listed,
  );
}

function invalidValue(input: unknown, issue: Extract<Issue, { code: 'invalid_value' }>): LocatedProblem {
  const path = issue.path as PathSegment[];
  const value = valueAt(input, path);
  const allowed = issue.values.map(String);
  if (allowed.length === 1) {
    return problemAt(
      'invalid_value',
      path,
      `${nameOf(path)} must be ${allowed[0]}, not ${describeValue(value)}`,
      `set ${nameOf(path)} to ${allowed[0]}`,
    );
  }
  const text = typeof value === 'string' ? value : String(value);
  const close = closestMatch(text, allowed);
  const closest = close ?? nearest(text, allowed);
  const suggestion = close
    ? `use ${quote(close)} (the closest allowed value); allowed: ${allowed.join(', ')}`
    : `use one of: ${allowed.join(', ')}${closest ? ` (closest: ${quote(closest)})` : ''}`;
  return problemAt(
    'invalid_value',
    path,
    `${describeValue(value)} is not allowed for ${nameOf(path)}`,
    suggestion,
  );
}

function invalidFormat(input: unknown, issue: Extract<Issue, { code: 'invalid_format' }>): LocatedProblem {
  const path = issue.path as PathSegment[];
  const value = valueAt(input, path);
  const corrected =
    typeof value === 'string' && 'pattern' in issue && typeof issue.pattern === 'string'
      ? correctedToPattern(value, issue.pattern)
      : undefined;
  return problemAt(
    'invalid_format',
    path,
    `${describeValue(value)} is not valid for ${nameOf(path)}: it ${issue.message}`,
    corrected ? `write ${quote(corrected)}` : `rewrite it so it ${issue.message}`,
  );
}

function invalidKey(issue: Extract<Issue, { code: 'invalid_key' }>): LocatedProblem {
  const path = issue.path as PathSegment[];
  const key = String(path.at(-1));
  const inner = issue.issues[0];
  const reason = inner?.message ?? 'is not allowed';
  const corrected =
    inner?.code === 'invalid_format' && 'pattern' in inner && typeof inner.pattern === 'string'
      ? correctedToPattern(key, inner.pattern)
      : undefined;
  return problemAt(
    'invalid_key',
    path,
    `the key ${quote(key)} is not valid: it ${reason}`,
    corrected ? `rename the key to ${quote(corrected)}` : `rename the key so it ${reason}`,
  );
}

function sizeProblem(
  input: unknown,
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
): LocatedProblem {
  const path = issue.path as PathSegment[];
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : (issue as { maximum: number | bigint }).maximum);
  const atLeast = small ? 'at least' : 'at most';
  let message: string;
  let suggestion: string;
  if (issue.origin === 'array' || issue.origin === 'set') {
    message = `${nameOf(path)} needs ${atLeast} ${bound} item${bound === 1 ? '' : 's'}`;
    suggestion = small
      ? withExample(`add items to ${nameOf(path)}`, input, path)
      : `remove items from ${nameOf(path)}`;
  } else if (issue.origin === 'string') {
    message =
      small && bound === 1
        ? `${nameOf(path)} must not be empty`
        : `${nameOf(path)} must be ${atLeast} ${bound} characters long`;
    suggestion = small
      ? withExample('write the text', input, path)
      : `shorten it to ${bound} characters or fewer`;
  } else {
    message = `${nameOf(path)} must be ${atLeast} ${bound}`;
    suggestion = `use a value ${small ? 'of' : 'up to'} ${bound}${small ? ' or more' : ''}`;
  }
  return problemAt(small ? 'too_small' : 'too_big', path, message, suggestion);
}

function invalidType(input: unknown, issue: Issue, expected: string): LocatedProblem {
  const path = issue.path as PathSegment[];
  return problemAt(
    'invalid_type',
    path,
    `${nameOf(path)} must be ${expected}, not ${describeValue(valueAt(input, path))}`,
    withExample(`write ${expected}`, input, path),
  );
}

/** One or more problems for one Zod issue of the Blueprint contract. */
export function problemsOfIssue(input: unknown, issue: Issue): LocatedProblem[] {
  const path = issue.path as PathSegment[];
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeys(issue);
    case 'invalid_type':
      if (isMissing(input, path)) return [missing(input, path, [])];
      return [invalidType(input, issue, EXPECTED_NOUNS[issue.expected] ?? issue.expected)];
    case 'invalid_value':
      if (isMissing(input, path)) return [missing(input, path, issue.values)];
      return [invalidValue(input, issue)];
    case 'invalid_union':
      return [invalidType(input, issue, 'text, a number or true/false')];
    case 'invalid_format':
      return [invalidFormat(input, issue)];
    case 'invalid_key':
      return [invalidKey(issue)];
    case 'too_small':
    case 'too_big':
      return [sizeProblem(input, issue)];
    default:
      return [
        problemAt(
          'invalid_value',
          path,
          `${nameOf(path)} ${issue.message}`,
          withExample('write it', input, path),
        ),
      ];
  }
}
