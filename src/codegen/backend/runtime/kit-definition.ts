import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function kitDefinitionFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/resources/kit/definition.ts',
    code`
      import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
      import type { ZodType } from 'zod';
      import type { CurrentUser } from '../../auth/permissions.js';
      import type { Tx } from '../../db/client.js';

      export type FieldKind =
        | 'string'
        | 'text'
        | 'integer'
        | 'decimal'
        | 'money'
        | 'boolean'
        | 'date'
        | 'datetime'
        | 'email'
        | 'phone'
        | 'url'
        | 'enum'
        | 'json'
        | 'file'
        | 'reference';

      export interface FieldSpec {
        name: string;
        kind: FieldKind;
        dataClass: 'none' | 'personal' | 'health' | 'payment-card' | 'secret';
        required: boolean;
        maxLength: number | null;
        /** Stored with AES-256-GCM and masked in lists. */
        encrypted: boolean;
        /** Searched by ?q= */
        searchable: boolean;
        /** Usable as ?<field>=<value> and as a sort key. */
        filterable: boolean;
      }

      /** A many-to-many link edited as \`<relation>Ids\`. */
      export interface LinkSpec {
        field: string;
        joinTable: PgTable;
        ownColumn: PgColumn;
        otherColumn: PgColumn;
        /** The join table's property names for the two columns. */
        ownKey: string;
        otherKey: string;
      }

      /** Records of another resource reachable as /api/<this>/:id/<segment>. */
      export interface RelatedSpec {
        segment: string;
        resource: string;
        via:
          | { kind: 'foreign-key'; field: string }
          | { kind: 'join-table'; joinTable: PgTable; ownColumn: PgColumn; otherColumn: PgColumn };
      }

      export interface HookContext {
        user: CurrentUser;
        /** The request's transaction: writes made here commit or roll back with the change. */
        tx: Tx;
      }

      /** Custom code run around each change (see src/custom/hooks.ts). Throwing cancels the change. */
      export interface EntityHooks<Create, Update, Row> {
        beforeCreate?(input: Create, context: HookContext): Create | Promise<Create>;
        afterCreate?(record: Row, context: HookContext): void | Promise<void>;
        beforeUpdate?(id: string, changes: Update, context: HookContext): Update | Promise<Update>;
        afterUpdate?(record: Row, context: HookContext): void | Promise<void>;
        beforeDelete?(id: string, context: HookContext): void | Promise<void>;
        afterDelete?(id: string, context: HookContext): void | Promise<void>;
      }

      export type ResourceTable = PgTable & {
        id: PgColumn;
        createdAt: PgColumn;
        updatedAt: PgColumn;
        createdBy: PgColumn;
      };

      export type JsonObject = Record<string, unknown>;

      export interface ResourceDefinition {
        entity: string;
        /** The plural kebab-case name: URL segment and permission key. */
        path: string;
        table: ResourceTable;
        createSchema: ZodType<JsonObject>;
        updateSchema: ZodType<JsonObject>;
        fields: FieldSpec[];
        links: LinkSpec[];
        related: RelatedSpec[];
        /** Unique constraint name → field, for a 409 that names the field. */
        uniqueConstraints: Record<string, string>;
        /** Foreign key constraint name → the resource whose records block a delete. */
        restrictedBy: Record<string, string>;
        hooks: EntityHooks<JsonObject, JsonObject, JsonObject>;
      }
    `,
  );
}
