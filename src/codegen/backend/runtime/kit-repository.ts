import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function kitRepositoryFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/resources/kit/repository.ts',
    code`
      import { count, eq, inArray, type SQL } from 'drizzle-orm';
      import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
      import type { Db } from '../../db/client.js';
      import type { JsonObject, ResourceDefinition, ResourceTable } from './definition.js';

      /** Row access for any resource. Takes a Db or a transaction (a transaction is a Db). */
      export async function findPage(
        db: Db,
        definition: ResourceDefinition,
        where: SQL | undefined,
        orderBy: SQL[],
        limit: number,
        offset: number,
      ): Promise<{ rows: JsonObject[]; total: number }> {
        const { table } = definition;
        const rows = await db
          .select()
          .from(table)
          .where(where)
          .orderBy(...orderBy)
          .limit(limit)
          .offset(offset);
        const [counted] = await db.select({ total: count() }).from(table).where(where);
        return { rows: rows as JsonObject[], total: counted?.total ?? 0 };
      }

      export async function findRow(
        db: Db,
        definition: ResourceDefinition,
        id: string,
      ): Promise<JsonObject | undefined> {
        const [row] = await db.select().from(definition.table).where(eq(definition.table.id, id));
        return row as JsonObject | undefined;
      }

      export async function insertRow(
        db: Db,
        definition: ResourceDefinition,
        values: JsonObject,
      ): Promise<JsonObject> {
        const [row] = await db
          .insert(definition.table)
          .values(values as PgInsertValue<ResourceTable>)
          .returning();
        if (!row) throw new Error('The insert into ' + definition.entity + ' returned no row');
        return row as JsonObject;
      }

      export async function updateRow(
        db: Db,
        definition: ResourceDefinition,
        id: string,
        values: JsonObject,
      ): Promise<JsonObject | undefined> {
        const [row] = await db
          .update(definition.table)
          .set({ ...values, updatedAt: new Date() } as Partial<PgInsertValue<ResourceTable>>)
          .where(eq(definition.table.id, id))
          .returning();
        return row as JsonObject | undefined;
      }

      export async function deleteRow(db: Db, definition: ResourceDefinition, id: string): Promise<boolean> {
        const deleted = await db
          .delete(definition.table)
          .where(eq(definition.table.id, id))
          .returning({ id: definition.table.id });
        return deleted.length > 0;
      }

      /** The many-to-many ids of each record, e.g. { tagIds: [...] } per record id. */
      export async function loadLinks(
        db: Db,
        definition: ResourceDefinition,
        ids: string[],
      ): Promise<Map<string, JsonObject>> {
        const byRecord = new Map<string, JsonObject>(ids.map((id) => [id, {}]));
        for (const link of definition.links) {
          for (const links of byRecord.values()) links[link.field] = [];
          if (ids.length === 0) continue;
          const rows = await db
            .select({ own: link.ownColumn, other: link.otherColumn })
            .from(link.joinTable)
            .where(inArray(link.ownColumn, ids));
          for (const row of rows) {
            const list = byRecord.get(String(row.own))?.[link.field];
            if (Array.isArray(list)) list.push(row.other);
          }
        }
        return byRecord;
      }

      export async function replaceLinks(
        db: Db,
        definition: ResourceDefinition,
        id: string,
        links: Map<string, string[]>,
      ): Promise<void> {
        for (const link of definition.links) {
          const ids = links.get(link.field);
          if (!ids) continue;
          await db.delete(link.joinTable).where(eq(link.ownColumn, id));
          if (ids.length === 0) continue;
          const rows = ids.map((other) => ({ [link.ownKey]: id, [link.otherKey]: other }));
          await db.insert(link.joinTable).values(rows as PgInsertValue<PgTable>[]);
        }
      }
    `,
  );
}
