import { z } from 'zod';
import { ProblemDetails } from '../../contracts/index.js';
import type { RouteDefinition } from './route.js';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  });
  return rest;
};

/** OpenAPI 3.1 (whose schemas are JSON Schema 2020-12) generated from the same contracts that parse requests. */
export function buildOpenApiDocument(routes: RouteDefinition[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
    paths[openApiPath] ??= {};
    paths[openApiPath][route.method] = operationOf(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'WebNova API',
      version,
      description:
        'Every error is application/problem+json. Tenant routes need the X-Tenant-Id header. ' +
        'Browser sessions send X-CSRF-Token on writes; scripts use `Authorization: Bearer <API token>`.',
    },
    paths,
    components: {
      schemas: { ProblemDetails: toSchema(ProblemDetails, 'output') },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'webnova_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}

function operationOf(route: RouteDefinition): Record<string, unknown> {
  const parameters = [
    ...parametersOf(route.params, 'path'),
    ...parametersOf(route.query, 'query'),
    ...(typeof route.access === 'object'
      ? [{ name: 'X-Tenant-Id', in: 'header', required: true, schema: { type: 'string', format: 'uuid' } }]
      : []),
  ];
  const problem = {
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  };
  const status = String(route.status ?? 200);
  return {
    operationId: `${route.method}${route.path.replace(/[/:{}-]+(\w)?/g, (_match, next?: string) => (next ? next.toUpperCase() : ''))}`,
    summary: route.summary,
    tags: [route.tag],
    // Tells readers (and the test that every write is audited) which audit action a route records.
    ...(route.audit ? { 'x-audit-action': route.audit.action } : {}),
    ...(route.access === 'public' ? { security: [] } : { security: [{ session: [] }, { bearer: [] }] }),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [status]:
        status === '204'
          ? { description: 'Done' }
          : route.file
            ? fileResponseOf(route.file.contentType)
            : {
                description: 'Success',
                content: {
                  'application/json': { schema: toSchema(route.response, 'output') },
                  ...eventStreamContent(route),
                },
              },
      '4XX': { description: 'The request was refused; the problem says why and what to do', ...problem },
      '5XX': { description: 'The server failed; the problem carries a request id', ...problem },
    },
  };
}

/** A download: the bytes themselves, named by Content-Disposition. */
function fileResponseOf(contentType: string): Record<string, unknown> {
  return {
    description: 'The file, as an attachment',
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="…": the name to save the file as',
        schema: { type: 'string' },
      },
    },
    content: { [contentType]: { schema: { type: 'string', contentMediaType: contentType } } },
  };
}

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

/**
 * Streaming routes also answer `Accept: text/event-stream`. OpenAPI 3.1 has no schema for an event
 * stream, so the events and the contract of each one's JSON data are listed in `x-events`.
 */
function eventStreamContent(route: RouteDefinition): Record<string, unknown> {
  const events = route.managed?.stream?.events;
  if (!events) return {};
  const described = Object.fromEntries(
    Object.entries(events).map(([name, schema]) => [name, toSchema(schema, 'output')]),
  );
  return {
    'text/event-stream': {
      schema: {
        type: 'string',
        description:
          `Server-sent events: ${Object.keys(events).join(', ')} while the work runs, then one \`result\` ` +
          '(the same body as the JSON response) or one `error` (a problem+json body). Refusals that come ' +
          'before the first event are ordinary problem+json responses.',
      },
      'x-events': {
        ...described,
        result: toSchema(route.response, 'output'),
        error: { $ref: '#/components/schemas/ProblemDetails' },
      },
    },
  };
}
