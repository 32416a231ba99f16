import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function openApiFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/openapi/document.ts',
    code`
      import { z } from 'zod';
      import { platform } from '../../shared/blueprint.js';
      import { resources } from '../resources/index.js';
      import type { ResourceDefinition } from '../resources/kit/definition.js';

      type JsonSchema = Record<string, unknown>;

      const ref = (name: string) => ({ $ref: '#/components/schemas/' + name });
      const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
      const problem = (description: string) => ({
        description,
        content: { 'application/problem+json': { schema: ref('Problem') } },
      });
      const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
      const listParameters = ['page', 'pageSize', 'sort', 'order', 'q'].map((name) => ({
        name,
        in: 'query',
        required: false,
        schema: name === 'page' || name === 'pageSize' ? { type: 'integer', minimum: 1 } : { type: 'string' },
      }));

      /** \`lab-results\` → \`LabResults\`, for operation ids. */
      function pascalCase(kebab: string): string {
        return kebab.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
      }

      function schemaOf(schema: z.ZodType): JsonSchema {
        const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
        return rest;
      }

      function recordSchema(definition: ResourceDefinition): JsonSchema {
        const input = schemaOf(definition.createSchema);
        const properties = (input.properties ?? {}) as Record<string, unknown>;
        return {
          type: 'object',
          properties: {
            id: { type: 'string', format: 'uuid' },
            ...properties,
            createdAt: { type: 'string', format: 'date-time' },
            updatedAt: { type: 'string', format: 'date-time' },
            createdBy: { type: ['string', 'null'], format: 'uuid' },
          },
          required: ['id', 'createdAt', 'updatedAt', 'createdBy'],
        };
      }

      function pageSchema(entity: string): JsonSchema {
        return {
          type: 'object',
          properties: {
            items: { type: 'array', items: ref(entity) },
            total: { type: 'integer' },
            page: { type: 'integer' },
            pageSize: { type: 'integer' },
          },
          required: ['items', 'total', 'page', 'pageSize'],
        };
      }

      const common = {
        401: problem('Not signed in'),
        403: problem('The role may not do this'),
      };

      function resourcePaths(definition: ResourceDefinition, all: ReadonlyMap<string, ResourceDefinition>) {
        const name = definition.entity;
        const tags = [name];
        const filters = definition.fields
          .filter((field) => field.filterable)
          .map((field) => ({ name: field.name, in: 'query', required: false, schema: { type: 'string' } }));
        const paths: Record<string, unknown> = {
          ['/api/' + definition.path]: {
            get: {
              tags,
              operationId: 'list' + name,
              parameters: [...listParameters, ...filters],
              responses: {
                200: { description: 'A page of records', ...json(ref(name + 'Page')) },
                400: problem('Bad query'),
                ...common,
              },
            },
            post: {
              tags,
              operationId: 'create' + name,
              requestBody: { required: true, ...json(ref(name + 'Create')) },
              responses: {
                201: { description: 'Created', ...json(ref(name)) },
                400: problem('Invalid'),
                409: problem('Conflict'),
                ...common,
              },
            },
          },
          ['/api/' + definition.path + '/{id}']: {
            parameters: [idParameter],
            get: {
              tags,
              operationId: 'get' + name,
              responses: {
                200: { description: 'The record', ...json(ref(name)) },
                404: problem('Not found'),
                ...common,
              },
            },
            patch: {
              tags,
              operationId: 'update' + name,
              requestBody: { required: true, ...json(ref(name + 'Update')) },
              responses: {
                200: { description: 'Updated', ...json(ref(name)) },
                400: problem('Invalid'),
                404: problem('Not found'),
                ...common,
              },
            },
            delete: {
              tags,
              operationId: 'delete' + name,
              responses: {
                204: { description: 'Deleted' },
                404: problem('Not found'),
                409: problem('Still referred to'),
                ...common,
              },
            },
          },
        };
        for (const related of definition.related) {
          const target = all.get(related.resource);
          if (!target) continue;
          paths['/api/' + definition.path + '/{id}/' + related.segment] = {
            parameters: [idParameter],
            get: {
              tags,
              operationId: \`list\${name}\${pascalCase(related.segment)}\`,
              parameters: listParameters,
              responses: {
                200: { description: 'Related records', ...json(ref(target.entity + 'Page')) },
                404: problem('Not found'),
                ...common,
              },
            },
          };
        }
        return paths;
      }

      /** The OpenAPI 3.1 document, built from the same Zod schemas that validate requests. */
      export function openApiDocument(): Record<string, unknown> {
        const schemas: Record<string, unknown> = {
          Problem: {
            type: 'object',
            properties: {
              type: { type: 'string' },
              title: { type: 'string' },
              status: { type: 'integer' },
              detail: { type: 'string' },
              errors: {
                type: 'array',
                items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
              },
            },
            required: ['type', 'title', 'status', 'detail'],
          },
        };
        let paths: Record<string, unknown> = {
          '/api/auth/login': {
            post: {
              tags: ['Auth'],
              operationId: 'login',
              security: [],
              requestBody: {
                required: true,
                ...json({
                  type: 'object',
                  properties: { email: { type: 'string', format: 'email' }, password: { type: 'string' } },
                  required: ['email', 'password'],
                }),
              },
              responses: {
                200: {
                  description: 'Signed in',
                  ...json({ type: 'object', properties: { token: { type: 'string' } } }),
                },
                401: problem('Wrong email or password'),
              },
            },
          },
          '/api/auth/logout': {
            post: { tags: ['Auth'], operationId: 'logout', responses: { 204: { description: 'Signed out' } } },
          },
          '/api/auth/me': {
            get: {
              tags: ['Auth'],
              operationId: 'me',
              responses: { 200: { description: 'The signed-in user' }, ...common },
            },
          },
        };
        for (const definition of resources.values()) {
          schemas[definition.entity + 'Create'] = schemaOf(definition.createSchema);
          schemas[definition.entity + 'Update'] = schemaOf(definition.updateSchema);
          schemas[definition.entity] = recordSchema(definition);
          schemas[definition.entity + 'Page'] = pageSchema(definition.entity);
          paths = { ...paths, ...resourcePaths(definition, resources) };
        }
        return {
          openapi: '3.1.0',
          info: { title: platform.name + ' API', version: '1.0.0' },
          servers: [{ url: '/' }],
          security: [{ bearer: [] }],
          paths,
          components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        };
      }
    `,
  );
}
