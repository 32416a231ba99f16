/**
 * `entity Name (table_name) { field Type validations* … }` and `enum Name { A, B (custom) }`.
 * @module
 */
import type { JdlAnnotation, JdlArgument, JdlEntity, JdlEnum, JdlField, JdlValidation } from './ast.js';
import { parseAnnotations } from './parse-annotations.js';
import { positionOf, type TokenCursor } from './token-cursor.js';
import type { Token } from './tokenizer.js';

const ENTITY_HINT = 'A JDL entity looks like `entity Patient { name String required }`.';
const FIELD_HINT =
  'Each field is `name Type` followed by validations such as required, unique, min(1) or maxlength(100).';
const ENUM_HINT = 'A JDL enum looks like `enum Status { ACTIVE, ARCHIVED (archived_value) }`.';

/** Validations that take an argument in parentheses. */
const VALIDATIONS_WITH_ARGUMENT = new Set([
  'min',
  'max',
  'minlength',
  'maxlength',
  'pattern',
  'minbytes',
  'maxbytes',
]);
const VALIDATIONS_WITHOUT_ARGUMENT = new Set(['required', 'unique']);

export function parseEntity(
  cursor: TokenCursor,
  keyword: Token,
  annotations: JdlAnnotation[],
  doc: string | undefined,
): JdlEntity {
  const nameToken = cursor.expectIdentifier('an entity name after `entity`', ENTITY_HINT);
  const entity: JdlEntity = { name: nameToken.text, fields: [], annotations, at: positionOf(keyword) };
  if (doc !== undefined) entity.doc = doc;
  if (cursor.skipPunctuation('(')) {
    entity.tableName = cursor.expectIdentifier(
      `a table name in parentheses after entity name \`${entity.name}\``,
      'Write a custom table name as `entity Patient (patient_record) { … }`, or leave it out.',
    ).text;
    cursor.expectPunctuation(')', `after the table name of entity \`${entity.name}\``, ENTITY_HINT);
  }
  // JDL allows an entity with no body at all: `entity Tag` on its own line.
  if (!cursor.isPunctuation('{') && startsNextDeclaration(cursor, nameToken)) return entity;
  cursor.expectPunctuation('{', `after entity name \`${entity.name}\``, ENTITY_HINT);
  while (!cursor.skipPunctuation('}')) {
    if (cursor.atEnd())
      throw cursor.unexpected(`expected \`}\` to close entity \`${entity.name}\``, ENTITY_HINT);
    entity.fields.push(parseField(cursor, entity.name));
    cursor.skipPunctuation(',');
  }
  return entity;
}

/** Without braces, the entity ends where the next declaration starts (on a later line). */
function startsNextDeclaration(cursor: TokenCursor, nameToken: Token): boolean {
  const next = cursor.peek();
  return (
    next.kind === 'end' || (next.line > nameToken.line && (next.kind === 'identifier' || next.text === '@'))
  );
}

function parseField(cursor: TokenCursor, entityName: string): JdlField {
  const { annotations, doc } = parseAnnotations(cursor);
  const nameToken = cursor.expectIdentifier(`a field name in entity \`${entityName}\``, FIELD_HINT);
  const typeToken = cursor.expectIdentifier(`a type after field name \`${nameToken.text}\``, FIELD_HINT);
  const field: JdlField = {
    name: nameToken.text,
    typeName: typeToken.text,
    validations: [],
    annotations,
    at: positionOf(nameToken),
    typeAt: positionOf(typeToken),
  };
  const fieldDoc = doc ?? nameToken.doc;
  if (fieldDoc !== undefined) field.doc = fieldDoc;
  while (isValidationName(cursor)) field.validations.push(parseValidation(cursor, field.name));
  // Fields on one line must be separated by commas, so a stray word there is a misspelt validation.
  const next = cursor.peek();
  if (next.kind === 'identifier' && next.line === typeToken.line && !next.doc) {
    throw cursor.unexpected(
      `expected a validation (required, unique, min, max, minlength, maxlength, pattern, minbytes, maxbytes) after field \`${field.name}\``,
      'Check the spelling of the validation, or put the next field on its own line or after a comma.',
    );
  }
  return field;
}

function isValidationName(cursor: TokenCursor): boolean {
  const token = cursor.peek();
  if (token.kind !== 'identifier') return false;
  if (VALIDATIONS_WITHOUT_ARGUMENT.has(token.text)) {
    // `required Boolean` on a line of its own is a field named `required`, not a validation.
    const after = cursor.peek(1);
    const startsField =
      after.kind === 'identifier' &&
      after.line === token.line &&
      !VALIDATIONS_WITHOUT_ARGUMENT.has(after.text) &&
      !VALIDATIONS_WITH_ARGUMENT.has(after.text);
    return !startsField;
  }
  return VALIDATIONS_WITH_ARGUMENT.has(token.text) && cursor.isPunctuation('(', 1);
}

function parseValidation(cursor: TokenCursor, fieldName: string): JdlValidation {
  const nameToken = cursor.next();
  const validation: JdlValidation = { name: nameToken.text, at: positionOf(nameToken) };
  if (VALIDATIONS_WITHOUT_ARGUMENT.has(nameToken.text)) return validation;
  const context = `in ${nameToken.text}(…) of field \`${fieldName}\``;
  const hint = `Write it as ${nameToken.text}(10), with a number or a constant's name.`;
  cursor.expectPunctuation('(', `after \`${nameToken.text}\` on field \`${fieldName}\``, hint);
  validation.argument =
    nameToken.text === 'pattern' ? parsePattern(cursor, context) : parseArgument(cursor, context, hint);
  cursor.expectPunctuation(')', context, hint);
  return validation;
}

function parsePattern(cursor: TokenCursor, context: string): JdlArgument {
  const token = cursor.peek();
  if (token.kind !== 'regex' && token.kind !== 'string') {
    throw cursor.unexpected(`expected a regular expression ${context}`, 'Write it as pattern(/^[A-Z]+$/).');
  }
  cursor.next();
  return { kind: 'pattern', text: token.text };
}

function parseArgument(cursor: TokenCursor, context: string, hint: string): JdlArgument {
  const token = cursor.peek();
  if (token.kind === 'identifier') {
    cursor.next();
    return { kind: 'constant', name: token.text };
  }
  const negative = cursor.skipPunctuation('-');
  const number = cursor.peek();
  if (number.kind !== 'number' || Number.isNaN(Number(number.text))) {
    throw cursor.unexpected(`expected a number or a constant ${context}`, hint);
  }
  cursor.next();
  return { kind: 'number', value: (negative ? -1 : 1) * Number(number.text) };
}

export function parseEnum(cursor: TokenCursor, keyword: Token): JdlEnum {
  const nameToken = cursor.expectIdentifier('an enum name after `enum`', ENUM_HINT);
  const jdlEnum: JdlEnum = { name: nameToken.text, values: [], at: positionOf(keyword) };
  if (keyword.doc !== undefined) jdlEnum.doc = keyword.doc;
  cursor.expectPunctuation('{', `after enum name \`${jdlEnum.name}\``, ENUM_HINT);
  while (!cursor.skipPunctuation('}')) {
    const valueToken = cursor.expectIdentifier(`a value name in enum \`${jdlEnum.name}\``, ENUM_HINT);
    const value: JdlEnum['values'][number] = { name: valueToken.text, at: positionOf(valueToken) };
    if (cursor.isPunctuation('(')) {
      const open = cursor.next();
      while (!cursor.isPunctuation(')')) {
        if (cursor.atEnd() || cursor.isPunctuation('}')) {
          throw cursor.unexpected(`expected \`)\` after the custom value of \`${value.name}\``, ENUM_HINT);
        }
        cursor.next();
      }
      const custom = cursor.textBetween(open, cursor.next());
      value.customValue = /^(["']).*\1$/.test(custom) ? custom.slice(1, -1) : custom;
    }
    jdlEnum.values.push(value);
    if (!cursor.skipPunctuation(',') && !cursor.isPunctuation('}') && !cursor.isIdentifier()) {
      throw cursor.unexpected(`expected \`,\` or \`}\` after enum value \`${value.name}\``, ENUM_HINT);
    }
  }
  return jdlEnum;
}
