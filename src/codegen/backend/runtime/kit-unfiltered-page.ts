import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

/**
 * The list every screen opens with (no filter, no search) as prepared queries: it is the most frequent
 * request a platform serves, and a prepared query skips Drizzle's SQL building on each call.
 */
export function kitUnfilteredPageFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/resources/kit/unfiltered-page.ts',
    code`
      import { asc, count, desc, eq, sql } from 'drizzle-orm';
      import type { PgColumn } from 'drizzle-orm/pg-core';
      import type { Db } from '../../db/client.js';
      import type { JsonObject, ResourceDefinition } from './definition.js';

      export interface UnfilteredPageRequest {
        sortColumn: PgColumn;
        order: 'asc' | 'desc';
        limit: number;
        offset: number;
        /** Set when the user may read only the records they created. */
        ownerId: string | undefined;
      }

      function prepareListing(
        db: Db,
        definition: ResourceDefinition,
        request: UnfilteredPageRequest,
        name: string,
      ) {
        const { table } = definition;
        const where = request.ownerId === undefined ? undefined : eq(table.createdBy, sql.placeholder('owner'));
        const direction = request.order === 'asc' ? asc : desc;
        return {
          page: db
            .select()
            .from(table)
            .where(where)
            .orderBy(direction(request.sortColumn), asc(table.id))
            .limit(sql.placeholder('limit'))
            .offset(sql.placeholder('offset'))
            .prepare(name + '_page'),
          count: db
            .select({ total: count() })
            .from(table)
            .where(where)
            .prepare(name + '_count'),
        };
      }

      type Listing = ReturnType<typeof prepareListing>;

      /** Per database, per resource, sort column, order and scope; a handful per resource at most. */
      const listings = new WeakMap<Db, Map<string, Listing>>();
      /** PostgreSQL names prepared statements per connection; a number keeps each name short and unique. */
      let preparedCount = 0;

      function listingOf(db: Db, definition: ResourceDefinition, request: UnfilteredPageRequest): Listing {
        let byKey = listings.get(db);
        if (!byKey) {
          byKey = new Map();
          listings.set(db, byKey);
        }
        const scope = request.ownerId === undefined ? 'all' : 'own';
        const key = [definition.path, request.sortColumn.name, request.order, scope].join(' ');
        let listing = byKey.get(key);
        if (!listing) {
          preparedCount += 1;
          listing = prepareListing(db, definition, request, 'listing_' + preparedCount);
          byKey.set(key, listing);
        }
        return listing;
      }

      export async function findUnfilteredPage(
        db: Db,
        definition: ResourceDefinition,
        request: UnfilteredPageRequest,
      ): Promise<{ rows: JsonObject[]; total: number }> {
        const listing = listingOf(db, definition, request);
        const owner = { owner: request.ownerId };
        const rows = await listing.page.execute({ ...owner, limit: request.limit, offset: request.offset });
        const [counted] = await listing.count.execute(owner);
        return { rows: rows as JsonObject[], total: counted?.total ?? 0 };
      }
    `,
  );
}
