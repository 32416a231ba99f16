import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function kitOperationsFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/resources/kit/operations.ts',
    code`
      import { and, eq, type SQL } from 'drizzle-orm';
      import type { ZodType } from 'zod';
      import { recordChange } from '../../audit/record-change.js';
      import { requirePermission, type CurrentUser } from '../../auth/permissions.js';
      import type { Db } from '../../db/client.js';
      import { forbidden, notFound, validationProblem } from '../../http/problem.js';
      import type { FieldCipher } from '../../security/field-encryption.js';
      import type { JsonObject, ResourceDefinition } from './definition.js';
      import { translateDatabaseError } from './database-errors.js';
      import { parseListQuery } from './list-query.js';
      import { auditView, toRecord, toRow, type Presentation } from './records.js';
      import { deleteRow, findPage, findRow, insertRow, loadLinks, replaceLinks, updateRow } from './repository.js';
      import { findUnfilteredPage } from './unfiltered-page.js';

      export interface ResourceServices {
        db: Db;
        cipher: FieldCipher;
      }

      export interface Page {
        items: JsonObject[];
        total: number;
        page: number;
        pageSize: number;
      }

      function parseBody(schema: ZodType<JsonObject>, body: unknown): JsonObject {
        const parsed = schema.safeParse(body ?? {});
        if (!parsed.success) throw validationProblem(parsed.error);
        return parsed.data;
      }

      function notFoundIn(definition: ResourceDefinition, id: string) {
        return notFound('There is no ' + definition.entity + ' with id ' + id + ' (or you may not see it).');
      }

      async function present(
        services: ResourceServices,
        definition: ResourceDefinition,
        rows: JsonObject[],
        presentation: Presentation,
      ): Promise<JsonObject[]> {
        const links = await loadLinks(
          services.db,
          definition,
          rows.map((row) => String(row.id)),
        );
        return rows.map((row) => ({
          ...toRecord(definition, services.cipher, row, presentation),
          ...links.get(String(row.id)),
        }));
      }

      /** Lists records the user may read; \`extra\` narrows to related records. */
      export async function listRecords(
        services: ResourceServices,
        definition: ResourceDefinition,
        user: CurrentUser,
        query: unknown,
        extra?: SQL,
      ): Promise<Page> {
        const scope = requirePermission(user, definition.path, 'read');
        const list = parseListQuery(definition, query);
        const ownerId = scope === 'own' ? user.id : undefined;
        const offset = (list.page - 1) * list.pageSize;
        const { rows, total } =
          list.where === undefined && extra === undefined
            ? await findUnfilteredPage(services.db, definition, {
                sortColumn: list.sortColumn,
                order: list.order,
                limit: list.pageSize,
                offset,
                ownerId,
              })
            : await findPage(
                services.db,
                definition,
                and(list.where, ownerId === undefined ? undefined : eq(definition.table.createdBy, ownerId), extra),
                list.orderBy,
                list.pageSize,
                offset,
              );
        const items = await present(services, definition, rows, 'masked');
        return { items, total, page: list.page, pageSize: list.pageSize };
      }

      /** A row the user may act on; a record of someone else under "own" read scope does not exist for them. */
      async function readableRow(
        db: Db,
        definition: ResourceDefinition,
        user: CurrentUser,
        id: string,
      ): Promise<JsonObject> {
        const scope = requirePermission(user, definition.path, 'read');
        const row = await findRow(db, definition, id);
        if (!row || (scope === 'own' && row.createdBy !== user.id)) throw notFoundIn(definition, id);
        return row;
      }

      function requireScope(
        definition: ResourceDefinition,
        user: CurrentUser,
        action: 'update' | 'delete',
        row: JsonObject,
      ) {
        const scope = requirePermission(user, definition.path, action);
        if (scope === 'own' && row.createdBy !== user.id) {
          throw forbidden('You may ' + action + ' only the ' + definition.path + ' you created.');
        }
      }

      export async function getRecord(
        services: ResourceServices,
        definition: ResourceDefinition,
        user: CurrentUser,
        id: string,
      ): Promise<JsonObject> {
        const row = await readableRow(services.db, definition, user, id);
        const [record] = await present(services, definition, [row], 'full');
        return record ?? {};
      }

      export async function createRecord(
        services: ResourceServices,
        definition: ResourceDefinition,
        user: CurrentUser,
        body: unknown,
      ): Promise<JsonObject> {
        requirePermission(user, definition.path, 'create');
        const input = parseBody(definition.createSchema, body);
        return services.db
          .transaction(async (tx) => {
            const context = { user, tx };
            const prepared = definition.hooks.beforeCreate
              ? await definition.hooks.beforeCreate(input, context)
              : input;
            const { values, links } = toRow(definition, services.cipher, prepared);
            const row = await insertRow(tx, definition, { ...values, createdBy: user.id });
            const id = String(row.id);
            await replaceLinks(tx, definition, id, links);
            const [record = {}] = await present({ ...services, db: tx }, definition, [row], 'full');
            const after = auditView(definition, record);
            await recordChange(tx, {
              userId: user.id,
              action: 'create',
              entity: definition.entity,
              recordId: id,
              before: null,
              after,
            });
            await definition.hooks.afterCreate?.(record, context);
            return record;
          })
          .catch((error: unknown) => {
            throw translateDatabaseError(definition, error, 'write');
          });
      }

      export async function updateRecord(
        services: ResourceServices,
        definition: ResourceDefinition,
        user: CurrentUser,
        id: string,
        body: unknown,
      ): Promise<JsonObject> {
        const changes = parseBody(definition.updateSchema, body);
        return services.db
          .transaction(async (tx) => {
            requirePermission(user, definition.path, 'update');
            const existing = await readableRow(tx, definition, user, id);
            requireScope(definition, user, 'update', existing);
            const context = { user, tx };
            const prepared = definition.hooks.beforeUpdate
              ? await definition.hooks.beforeUpdate(id, changes, context)
              : changes;
            const [before = {}] = await present({ ...services, db: tx }, definition, [existing], 'full');
            const { values, links } = toRow(definition, services.cipher, prepared);
            const row = await updateRow(tx, definition, id, values);
            if (!row) throw notFoundIn(definition, id);
            await replaceLinks(tx, definition, id, links);
            const [record = {}] = await present({ ...services, db: tx }, definition, [row], 'full');
            await recordChange(tx, {
              userId: user.id,
              action: 'update',
              entity: definition.entity,
              recordId: id,
              before: auditView(definition, before),
              after: auditView(definition, record),
            });
            await definition.hooks.afterUpdate?.(record, context);
            return record;
          })
          .catch((error: unknown) => {
            throw translateDatabaseError(definition, error, 'write');
          });
      }

      export async function deleteRecord(
        services: ResourceServices,
        definition: ResourceDefinition,
        user: CurrentUser,
        id: string,
      ): Promise<void> {
        await services.db
          .transaction(async (tx) => {
            requirePermission(user, definition.path, 'delete');
            const existing = await readableRow(tx, definition, user, id);
            requireScope(definition, user, 'delete', existing);
            const context = { user, tx };
            await definition.hooks.beforeDelete?.(id, context);
            const [before = {}] = await present({ ...services, db: tx }, definition, [existing], 'full');
            await deleteRow(tx, definition, id);
            await recordChange(tx, {
              userId: user.id,
              action: 'delete',
              entity: definition.entity,
              recordId: id,
              before: auditView(definition, before),
              after: null,
            });
            await definition.hooks.afterDelete?.(id, context);
          })
          .catch((error: unknown) => {
            throw translateDatabaseError(definition, error, 'delete');
          });
      }

      /** The stored bytes of a file field, for GET /:id/files/:field. */
      export async function readFile(
        services: ResourceServices,
        definition: ResourceDefinition,
        user: CurrentUser,
        id: string,
        field: string,
      ): Promise<{ name: string; contentType: string; bytes: Buffer }> {
        const row = await readableRow(services.db, definition, user, id);
        const spec = definition.fields.find((candidate) => candidate.name === field && candidate.kind === 'file');
        const stored = spec
          ? (row[field] as { name: string; contentType: string; dataBase64: string } | null)
          : null;
        if (!stored) throw notFound(definition.entity + ' ' + id + ' has no file in ' + field + '.');
        return {
          name: stored.name,
          contentType: stored.contentType,
          bytes: Buffer.from(stored.dataBase64, 'base64'),
        };
      }
    `,
  );
}
