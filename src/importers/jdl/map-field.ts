/**
 * JDL field types and validations mapped to the Blueprint's, with a note for each thing that does
 * not carry over (patterns, byte limits, durations).
 * @module
 */
import type { FieldType } from '../../contracts/index.js';
import { closestMatch, humanize } from '../../blueprint/index.js';
import { AppError } from '../../kernel/index.js';
import type { DraftEnumValue, DraftField } from '../draft/draft-model.js';
import { looksLikeMoney } from '../draft/guesses.js';
import type { ImportNotes } from '../import-types.js';
import type { JdlEnum, JdlEnumValue, JdlField, JdlValidation } from './ast.js';

/** JDL's built-in types; `BigDecimal` is decided per field (money or decimal). */
const JDL_TYPES: Readonly<Record<string, FieldType>> = {
  String: 'string',
  Integer: 'integer',
  Long: 'integer',
  BigDecimal: 'decimal',
  Float: 'decimal',
  Double: 'decimal',
  Boolean: 'boolean',
  LocalDate: 'date',
  ZonedDateTime: 'datetime',
  Instant: 'datetime',
  Duration: 'string',
  UUID: 'string',
  Blob: 'file',
  AnyBlob: 'file',
  ImageBlob: 'file',
  TextBlob: 'text',
};

export interface FieldMappingScope {
  entity: string;
  enums: ReadonlyMap<string, JdlEnum>;
  constants: ReadonlyMap<string, number>;
  notes: ImportNotes;
}

export function mapField(field: JdlField, scope: FieldMappingScope): DraftField {
  const path = `${scope.entity}.${field.name}`;
  const draft: DraftField = {
    source: field.name,
    type: 'string',
    required: false,
    unique: false,
    at: field.at,
  };
  const jdlEnum = scope.enums.get(field.typeName);
  if (jdlEnum) {
    draft.type = 'enum';
    draft.values = jdlEnum.values.map(enumValueOf);
  } else {
    draft.type = builtInType(field, scope.enums);
    // These types name their data precisely, so guesses from the field's name must not change them.
    if (field.typeName !== 'String') draft.typeIsExplicit = true;
    if (field.typeName === 'BigDecimal' && looksLikeMoney(field.name)) draft.type = 'money';
    if (field.typeName === 'Duration') {
      scope.notes.warn(
        `\`${path}\` is a Duration: imported as a string, since the Blueprint has no duration type (write it as ISO 8601, e.g. PT30M)`,
        field.typeAt,
      );
    }
  }
  if (field.doc !== undefined) draft.description = field.doc;
  for (const annotation of field.annotations) {
    scope.notes.info(
      `annotation @${annotation.name} on \`${path}\` is a JHipster setting WebNova does not use`,
      annotation.at,
    );
  }
  for (const validation of field.validations) applyValidation(validation, draft, path, scope);
  return draft;
}

/**
 * A custom value that reads like an identifier (`E_BOOK (ebook)`) is what JHipster stores, so it
 * becomes the value; one that reads like text (`PAPERBACK ("Paper back")`) becomes the label.
 */
function enumValueOf(value: JdlEnumValue): DraftEnumValue {
  const custom = value.customValue;
  if (custom === undefined) return { source: value.name };
  if (/^[A-Za-z][\w-]*$/.test(custom)) return { source: custom, label: humanize(value.name.toLowerCase()) };
  return { source: value.name, label: custom };
}

function builtInType(field: JdlField, enums: ReadonlyMap<string, JdlEnum>): FieldType {
  const type = JDL_TYPES[field.typeName];
  if (type !== undefined) return type;
  const known = [...Object.keys(JDL_TYPES), ...enums.keys()];
  const suggestion = closestMatch(field.typeName, known);
  throw new AppError(
    'bad_request',
    `unknown type \`${field.typeName}\` for field \`${field.name}\` at line ${field.typeAt.line}, column ${field.typeAt.column}`,
    {
      hint:
        (suggestion ? `Did you mean \`${suggestion}\`? ` : '') +
        `Use one of ${Object.keys(JDL_TYPES).join(', ')}, or declare \`enum ${field.typeName} { … }\`.`,
      details: { line: field.typeAt.line, column: field.typeAt.column },
    },
  );
}

function applyValidation(
  validation: JdlValidation,
  draft: DraftField,
  path: string,
  scope: FieldMappingScope,
): void {
  switch (validation.name) {
    case 'required':
      draft.required = true;
      return;
    case 'unique':
      draft.unique = true;
      return;
    case 'pattern':
      scope.notes.warn(
        `pattern of \`${path}\` not carried over: generated platforms do not run imported regular expressions; ` +
          'check the format in a custom rule instead',
        validation.at,
      );
      return;
    case 'minbytes':
    case 'maxbytes':
      scope.notes.warn(
        `${validation.name}(${numberOf(validation, scope)}) of \`${path}\` not carried over: file size limits are set on the platform, not per field`,
        validation.at,
      );
      return;
    case 'min':
      draft.min = numberOf(validation, scope);
      return;
    case 'max':
      draft.max = numberOf(validation, scope);
      return;
    case 'minlength':
      draft.minLength = numberOf(validation, scope);
      return;
    case 'maxlength':
      draft.maxLength = numberOf(validation, scope);
      return;
  }
}

/** The number a validation names, directly or through a constant. */
function numberOf(validation: JdlValidation, scope: FieldMappingScope): number {
  const argument = validation.argument;
  const where = `at line ${validation.at.line}, column ${validation.at.column}`;
  const details = { line: validation.at.line, column: validation.at.column };
  if (argument?.kind === 'number') return argument.value;
  if (argument?.kind === 'constant') {
    const value = scope.constants.get(argument.name);
    if (value !== undefined) return value;
    throw new AppError(
      'bad_request',
      `unknown constant \`${argument.name}\` in ${validation.name}(…) ${where}`,
      {
        hint: `Declare it in the file, e.g. \`${argument.name} = 100\`, or write the number itself.`,
        details,
      },
    );
  }
  throw new AppError('bad_request', `${validation.name}(…) needs a number ${where}`, {
    hint: `Write it as ${validation.name}(10), with a number or a constant's name.`,
    details,
  });
}
