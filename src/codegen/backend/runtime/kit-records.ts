import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function kitRecordsFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/resources/kit/records.ts',
    code`
      import { mask, type FieldCipher } from '../../security/field-encryption.js';
      import type { JsonObject, ResourceDefinition } from './definition.js';

      /** Splits validated input into column values (encrypted where needed) and many-to-many links. */
      export function toRow(
        definition: ResourceDefinition,
        cipher: FieldCipher,
        input: JsonObject,
      ): { values: JsonObject; links: Map<string, string[]> } {
        const values: JsonObject = {};
        for (const field of definition.fields) {
          const value = input[field.name];
          if (value === undefined) continue;
          if (value === null) values[field.name] = null;
          else if (field.encrypted) values[field.name] = cipher.encrypt(JSON.stringify(value));
          else if (field.kind === 'datetime') values[field.name] = new Date(value as string);
          else values[field.name] = value;
        }
        const links = new Map<string, string[]>();
        for (const link of definition.links) {
          const ids = input[link.field];
          if (Array.isArray(ids)) links.set(link.field, [...new Set(ids as string[])]);
        }
        return { values, links };
      }

      export type Presentation = 'full' | 'masked';

      /** The API form of a row: decrypted (or masked in lists), files as metadata, dates as ISO strings. */
      export function toRecord(
        definition: ResourceDefinition,
        cipher: FieldCipher,
        row: JsonObject,
        presentation: Presentation,
      ): JsonObject {
        const record: JsonObject = {
          id: row.id,
          createdAt: isoOf(row.createdAt),
          updatedAt: isoOf(row.updatedAt),
          createdBy: row.createdBy ?? null,
        };
        for (const field of definition.fields) {
          const value = row[field.name] ?? null;
          if (value === null) record[field.name] = null;
          else if (field.encrypted)
            record[field.name] = revealed(cipher, field.dataClass, value as string, presentation);
          else if (field.kind === 'datetime') record[field.name] = isoOf(value);
          else if (field.kind === 'file') record[field.name] = fileMetadata(value);
          else record[field.name] = value;
        }
        return record;
      }

      function revealed(
        cipher: FieldCipher,
        dataClass: string,
        stored: string,
        presentation: Presentation,
      ): unknown {
        if (presentation === 'masked' && dataClass !== 'payment-card') return mask('', dataClass);
        const value: unknown = JSON.parse(cipher.decrypt(stored));
        return presentation === 'masked' ? mask(value, dataClass) : value;
      }

      function isoOf(value: unknown): unknown {
        return value instanceof Date ? value.toISOString() : value;
      }

      function fileMetadata(value: unknown): unknown {
        if (typeof value !== 'object' || value === null) return null;
        const { dataBase64: _bytes, ...metadata } = value as JsonObject;
        return metadata;
      }

      /** What the audit trail keeps of a record: encrypted fields are left out, so the log holds no secrets. */
      export function auditView(definition: ResourceDefinition, record: JsonObject): JsonObject {
        const hidden = new Set(definition.fields.filter((field) => field.encrypted).map((field) => field.name));
        return Object.fromEntries(Object.entries(record).filter(([key]) => !hidden.has(key)));
      }
    `,
  );
}
