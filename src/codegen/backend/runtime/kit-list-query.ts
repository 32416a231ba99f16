import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function kitListQueryFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/resources/kit/list-query.ts',
    code`
      import { and, asc, desc, eq, getTableColumns, ilike, or, type SQL } from 'drizzle-orm';
      import type { PgColumn } from 'drizzle-orm/pg-core';
      import { z } from 'zod';
      import { validationProblem } from '../../http/problem.js';
      import type { FieldKind, ResourceDefinition } from './definition.js';

      const DECIMAL = /^-?\\d+(\\.\\d+)?$/;

      function filterSchemaOf(kind: FieldKind): z.ZodType<unknown> {
        switch (kind) {
          case 'reference':
            return z.uuid();
          case 'integer':
            return z.coerce.number().int();
          case 'boolean':
            return z.enum(['true', 'false']).transform((value) => value === 'true');
          case 'datetime':
            return z.iso.datetime({ offset: true }).transform((value) => new Date(value));
          case 'date':
            return z.iso.date();
          case 'decimal':
          case 'money':
            return z.string().regex(DECIMAL, 'must be a number such as 12.50');
          default:
            return z.string().max(500);
        }
      }

      export interface ListQuery {
        page: number;
        pageSize: number;
        sortColumn: PgColumn;
        order: 'asc' | 'desc';
        /** The chosen key, then the id, so pages never overlap. */
        orderBy: SQL[];
        where: SQL | undefined;
      }

      function buildListQuerySchema(definition: ResourceDefinition): z.ZodType<unknown> {
        const filterable = definition.fields.filter((field) => field.filterable);
        const sortKeys: [string, ...string[]] = [
          'createdAt',
          'updatedAt',
          ...filterable.map((field) => field.name),
        ];
        return z.strictObject({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
          sort: z.enum(sortKeys).default('createdAt'),
          order: z.enum(['asc', 'desc']).default('desc'),
          q: z.string().trim().max(200).optional(),
          ...Object.fromEntries(filterable.map((field) => [field.name, filterSchemaOf(field.kind).optional()])),
        });
      }

      /** One schema per resource, built on first use: building a Zod schema costs far more than running it. */
      const listQuerySchemas = new WeakMap<ResourceDefinition, z.ZodType<unknown>>();

      function listQuerySchemaOf(definition: ResourceDefinition): z.ZodType<unknown> {
        let schema = listQuerySchemas.get(definition);
        if (!schema) {
          schema = buildListQuerySchema(definition);
          listQuerySchemas.set(definition, schema);
        }
        return schema;
      }

      /** Parses ?page, pageSize, sort, order, q and per-field filters into SQL pieces. */
      export function parseListQuery(definition: ResourceDefinition, query: unknown): ListQuery {
        const parsed = listQuerySchemaOf(definition).safeParse(query);
        if (!parsed.success) throw validationProblem(parsed.error);
        const { page, pageSize, sort, order, q, ...filters } = parsed.data as {
          page: number;
          pageSize: number;
          sort: string;
          order: 'asc' | 'desc';
          q?: string;
        } & Record<string, unknown>;

        const columns = getTableColumns(definition.table) as Record<string, PgColumn>;
        const column = (name: string): PgColumn => {
          const found = columns[name];
          if (!found) throw new Error('No column ' + name + ' on ' + definition.entity);
          return found;
        };
        const conditions: (SQL | undefined)[] = [];
        for (const [name, value] of Object.entries(filters)) {
          if (value !== undefined) conditions.push(eq(column(name), value));
        }
        if (q) {
          const pattern = '%' + q.replace(/[\\\\%_]/g, (match) => '\\\\' + match) + '%';
          const searchable = definition.fields.filter((field) => field.searchable);
          conditions.push(or(...searchable.map((field) => ilike(column(field.name), pattern))));
        }
        const direction = order === 'asc' ? asc : desc;
        const sortColumn = column(sort);
        return {
          page,
          pageSize,
          sortColumn,
          order,
          orderBy: [direction(sortColumn), asc(column('id'))],
          where: and(...conditions),
        };
      }
    `,
  );
}
