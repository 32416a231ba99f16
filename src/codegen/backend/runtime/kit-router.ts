import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function kitRouterFiles(model: CodegenModel): GeneratedFile[] {
  return [
    sourceFile(
      model,
      'src/server/resources/kit/database-errors.ts',
      code`
        import { badRequest, conflict, HttpProblem } from '../../http/problem.js';
        import {
          FOREIGN_KEY_VIOLATION,
          postgresErrorOf,
          RESTRICT_VIOLATION,
          UNIQUE_VIOLATION,
        } from '../../http/database-errors.js';
        import type { ResourceDefinition } from './definition.js';

        /** Turns constraint violations into 409/400 answers that say which field or which records are in the way. */
        export function translateDatabaseError(
          definition: ResourceDefinition,
          error: unknown,
          operation: 'write' | 'delete',
        ): unknown {
          if (error instanceof HttpProblem) return error;
          const postgres = postgresErrorOf(error);
          if (!postgres) return error;
          const constraint = postgres.constraint ?? '';
          if (postgres.code === UNIQUE_VIOLATION) {
            const field = definition.uniqueConstraints[constraint] ?? constraint;
            return conflict(
              'Another ' + definition.entity + ' already has this ' + field + '; choose a different value.',
            );
          }
          const blocked = postgres.code === RESTRICT_VIOLATION || postgres.code === FOREIGN_KEY_VIOLATION;
          if (blocked && operation === 'delete') {
            const blocking = definition.restrictedBy[constraint] ?? 'other records';
            return conflict(
              \`This \${definition.entity} cannot be deleted while \${blocking} refer to it. Delete or reassign those first.\`,
            );
          }
          if (postgres.code === FOREIGN_KEY_VIOLATION) {
            return badRequest('A referenced record does not exist (' + constraint + '). Check the ids you sent.');
          }
          return error;
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/resources/kit/resource-router.ts',
      code`
        import { eq, getTableColumns, inArray } from 'drizzle-orm';
        import { Router, type Request } from 'express';
        import type { PgColumn } from 'drizzle-orm/pg-core';
        import { userOf } from '../../auth/authenticate.js';
        import { requirePermission } from '../../auth/permissions.js';
        import type { Db } from '../../db/client.js';
        import { notFound } from '../../http/problem.js';
        import type { RelatedSpec, ResourceDefinition } from './definition.js';
        import {
          createRecord,
          deleteRecord,
          getRecord,
          listRecords,
          readFile,
          updateRecord,
          type ResourceServices,
        } from './operations.js';

        const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

        function idOf(req: Request, definition: ResourceDefinition): string {
          const id = String(req.params.id);
          if (!UUID.test(id)) throw notFound('There is no ' + definition.entity + ' with id ' + id + '.');
          return id;
        }

        /** The REST resource at /api/<path>: list, create, get, update, delete, related lists and files. */
        export function resourceRouter(
          definition: ResourceDefinition,
          services: ResourceServices,
          resources: ReadonlyMap<string, ResourceDefinition>,
        ): Router {
          const router = Router();
          router.get('/', async (req, res) => {
            res.json(await listRecords(services, definition, userOf(req), req.query));
          });
          router.post('/', async (req, res) => {
            res.status(201).json(await createRecord(services, definition, userOf(req), req.body));
          });
          router.get('/:id', async (req, res) => {
            res.json(await getRecord(services, definition, userOf(req), idOf(req, definition)));
          });
          router.patch('/:id', async (req, res) => {
            res.json(await updateRecord(services, definition, userOf(req), idOf(req, definition), req.body));
          });
          router.delete('/:id', async (req, res) => {
            await deleteRecord(services, definition, userOf(req), idOf(req, definition));
            res.status(204).end();
          });
          router.get('/:id/files/:field', async (req, res) => {
            const file = await readFile(
              services,
              definition,
              userOf(req),
              idOf(req, definition),
              String(req.params.field),
            );
            res.type(file.contentType).attachment(file.name).send(file.bytes);
          });
          for (const related of definition.related) {
            router.get('/:id/' + related.segment, async (req, res) => {
              const user = userOf(req);
              const id = idOf(req, definition);
              await getRecord(services, definition, user, id);
              const target = resources.get(related.resource);
              if (!target) throw new Error('No resource ' + related.resource);
              requirePermission(user, target.path, 'read');
              res.json(
                await listRecords(
                  services,
                  target,
                  user,
                  req.query,
                  relatedCondition(services.db, target, related, id),
                ),
              );
            });
          }
          return router;
        }

        function relatedCondition(db: Db, target: ResourceDefinition, related: RelatedSpec, id: string) {
          if (related.via.kind === 'foreign-key') {
            const column = (getTableColumns(target.table) as Record<string, PgColumn>)[related.via.field];
            if (!column) throw new Error('No column ' + related.via.field + ' on ' + target.entity);
            return eq(column, id);
          }
          const { joinTable, ownColumn, otherColumn } = related.via;
          return inArray(target.table.id, db.select({ id: otherColumn }).from(joinTable).where(eq(ownColumn, id)));
        }
      `,
    ),
  ];
}
