import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute, type RouteDefinition } from './route.js';

export const HealthReport = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.literal(true), latencyMs: z.number() }),
});

/** `GET /api/health`: alive and the database answering (a database that does not answer makes it a 503). */
export function systemRoutes(info: {
  version: string;
  databaseKind: 'pglite' | 'postgres';
  startedAt: number;
}): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      summary: 'Liveness and database readiness',
      tag: 'system',
      access: 'public',
      response: HealthReport,
      handler: async ({ tx }) => {
        const started = performance.now();
        await tx.execute(sql`select 1`);
        return {
          status: 'ok' as const,
          version: info.version,
          uptimeSeconds: Math.round((Date.now() - info.startedAt) / 1000),
          database: {
            kind: info.databaseKind,
            ok: true as const,
            latencyMs: Math.round((performance.now() - started) * 100) / 100,
          },
        };
      },
    }),
  ];
}
