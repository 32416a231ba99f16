import { code, propertyKey } from '../../code.js';
import { importStatement, methodChain } from '../../layout.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel, EntityModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';
import { alwaysPresent, helpersOfField, recordTypeOfField, zodOfField } from './zod-field.js';

/** src/shared/<entity>.schema.ts: the Zod schemas and record type shared by server and web. */
export function sharedSchemaFile(model: CodegenModel, entity: EntityModel): GeneratedFile {
  const { camel, pascal, kebab } = entity.names;
  const property = (name: string, base: string, calls: string[]) =>
    `${propertyKey(name)}: ${methodChain(base, calls, 2 + propertyKey(name).length + 2, ',')}`;
  const createFields = [
    ...entity.fields.map((field) => {
      const { base, calls } = zodOfField(field);
      const optional =
        field.required && field.default === undefined ? [] : [field.required ? 'optional()' : 'nullish()'];
      return property(field.name, base, [...calls, ...optional]);
    }),
    ...entity.foreignKeys.map((key) =>
      property(key.field, 'z', ['uuid()', ...(key.required ? [] : ['nullish()'])]),
    ),
    ...entity.manyToMany.map((link) =>
      property(link.field, 'z', ['array(z.uuid())', 'max(1000)', 'optional()']),
    ),
  ];
  const recordFields = [
    'id: string;',
    ...entity.fields.map(
      (field) =>
        `${propertyKey(field.name)}: ${recordTypeOfField(field)}${alwaysPresent(field) ? '' : ' | null'};`,
    ),
    ...entity.foreignKeys.map((key) => `${key.field}: string${key.required ? '' : ' | null'};`),
    ...entity.manyToMany.map((link) => `${link.field}: string[];`),
    'createdAt: string;',
    'updatedAt: string;',
    'createdBy: string | null;',
  ];
  const helpers = [...new Set(entity.fields.flatMap(helpersOfField))].sort((a, b) =>
    a.replace('type ', '').localeCompare(b.replace('type ', '')),
  );
  return sourceFile(
    model,
    `src/shared/${kebab}.schema.ts`,
    code`
      import { z } from 'zod';
      ${helpers.length > 0 && importStatement(helpers, './common.js')}

      export const ${camel}CreateSchema = z.strictObject({
        ${createFields}
      });

      export const ${camel}UpdateSchema = ${camel}CreateSchema.partial();

      export type ${pascal}Create = z.infer<typeof ${camel}CreateSchema>;
      export type ${pascal}Update = z.infer<typeof ${camel}UpdateSchema>;

      /** One ${pascal} as the API returns it. */
      export type ${pascal}Record = {
        ${recordFields}
      };
    `,
  );
}

/** src/shared/common.ts: formats several entities share. */
export function sharedCommonFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/shared/common.ts',
    code`
      import { z } from 'zod';

      const DECIMAL = /^-?\\d+(\\.\\d+)?$/;
      const MONEY = /^-?\\d+(\\.\\d{1,2})?$/;

      export const phoneSchema = z
        .string()
        .regex(/^\\+?[0-9 ()-]{5,20}$/, 'must be a phone number such as +966 50 123 4567');

      interface Bounds {
        min?: number;
        max?: number;
      }

      /** Decimals travel as strings ("12.5") so no precision is lost on the way to a numeric column. */
      function numericString(pattern: RegExp, example: string, bounds: Bounds) {
        return z
          .string()
          .regex(pattern, 'must be a number such as ' + example + ', sent as a string')
          .refine(
            (value) => bounds.min === undefined || Number(value) >= bounds.min,
            'must be at least ' + String(bounds.min),
          )
          .refine(
            (value) => bounds.max === undefined || Number(value) <= bounds.max,
            'must be at most ' + String(bounds.max),
          );
      }

      export const decimalSchema = (bounds: Bounds = {}) => numericString(DECIMAL, '12.5', bounds);
      export const moneySchema = (bounds: Bounds = {}) => numericString(MONEY, '150.00', bounds);

      /** A file as sent on create or update; the API returns only its metadata. */
      export const fileUploadSchema = z.strictObject({
        name: z.string().min(1).max(255),
        contentType: z.string().min(1).max(200),
        size: z.number().int().min(0),
        dataBase64: z.base64(),
      });

      export type FileMetadata = { name: string; contentType: string; size: number };

      export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

      /**
       * Any JSON value. Checked one level deep on purpose: the body arrived as JSON, so what lies below is
       * JSON too, and a recursive schema cannot be inlined into the OpenAPI document.
       */
      export const jsonValueSchema = z.union([
        z.string(),
        z.number(),
        z.boolean(),
        z.null(),
        z.array(z.unknown()),
        z.record(z.string(), z.unknown()),
      ]);
    `,
  );
}
