import { sql } from 'drizzle-orm';
import type { EventSchemaView } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { NewEvent } from './append-events.js';
import type { EventRegistry } from './event-registry.js';
import { compileTenantSchema, schemaProblems } from './json-schemas.js';

type SchemaRow = {
  event_type: string;
  schema: Record<string, unknown>;
  created_at: Date | string;
  updated_at: Date | string;
};

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();
const toView = (row: SchemaRow): EventSchemaView => ({
  type: row.event_type,
  schema: row.schema,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

/**
 * Registers (or replaces) the tenant's JSON Schema for an event type. Types a module registered are
 * refused: their Zod contract is the one truth, and a tenant schema beside it would never be consulted.
 * Events already stored are not re-checked: events are facts, and the schema speaks for appends to come.
 */
export async function putTenantSchema(
  tx: AppTx,
  registry: EventRegistry,
  tenantId: string,
  type: string,
  schema: Record<string, unknown>,
): Promise<EventSchemaView> {
  if (registry.isRegistered(type)) {
    throw new AppError('conflict', `The event type ${type} belongs to a module and has its own contract`, {
      hint: 'Tenant schemas are for event types no module registered; pick another type name.',
    });
  }
  compileTenantSchema(schema);
  const rows = await tx.execute<SchemaRow>(sql`
    insert into event_schemas (tenant_id, event_type, schema)
    values (${tenantId}, ${type}, ${JSON.stringify(schema)}::jsonb)
    on conflict (tenant_id, event_type) do update set schema = excluded.schema, updated_at = now()
    returning event_type, schema, created_at, updated_at`);
  return toView(rows.rows[0]!);
}

export async function listTenantSchemas(tx: AppTx, tenantId: string): Promise<EventSchemaView[]> {
  const rows = await tx.execute<SchemaRow>(sql`
    select event_type, schema, created_at, updated_at from event_schemas
     where tenant_id = ${tenantId} order by event_type`);
  return rows.rows.map(toView);
}

/**
 * Checks a batch's events of unregistered types against the tenant's schemas for them, before anything
 * is written; one 400 names every failing path of every event. Types without a schema pass unchecked.
 */
export async function checkTenantSchemas(
  tx: AppTx,
  registry: EventRegistry,
  tenantId: string,
  events: readonly NewEvent[],
): Promise<void> {
  const types = [
    ...new Set(events.map((event) => event.type).filter((type) => !registry.isRegistered(type))),
  ];
  if (types.length === 0) return;
  const rows = await tx.execute<{ event_type: string; schema: Record<string, unknown> }>(sql`
    select event_type, schema from event_schemas
     where tenant_id = ${tenantId}
       and event_type in (${sql.join(
         types.map((type) => sql`${type}`),
         sql`, `,
       )})`);
  const schemas = new Map(rows.rows.map((row) => [row.event_type, row.schema]));
  const problems = events.flatMap((event, index) => {
    const schema = schemas.get(event.type);
    return schema ? schemaProblems(schema, event.data, `events.${index}.data`) : [];
  });
  if (problems.length) {
    throw new AppError(
      'validation_failed',
      `Event data does not match the tenant's JSON Schema: ${summary(problems)}`,
      {
        fieldProblems: problems,
        hint: 'GET /api/events/schemas shows the schemas this tenant registered.',
      },
    );
  }
}

function summary(problems: { path: string; message: string }[]): string {
  const shown = problems.slice(0, 5).map((problem) => `${problem.path} ${problem.message}`);
  return (
    shown.join('; ') + (problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '')
  );
}
