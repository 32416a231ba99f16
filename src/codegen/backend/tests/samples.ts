import { code, propertyKey, quote } from '../../code.js';
import { fitOrBreak } from '../../layout.js';
import type { GeneratedFile } from '../../generated-file.js';
import { entityNamed, mergePermissions, type CodegenModel, type EntityModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';
import { sampleExpression } from './sample-values.js';

/** Entities the user holding every role can create, together with their required parents. */
export function creatableEntities(model: CodegenModel): Set<string> {
  const union = mergePermissions(model.roles.map((role) => role.permissions));
  const creatable = new Set<string>();
  const visit = (entity: EntityModel, chain: Set<string>): boolean => {
    const name = entity.names.pascal;
    if (creatable.has(name)) return true;
    if (chain.has(name) || !union[entity.names.pluralKebab]?.create) return false;
    const next = new Set(chain).add(name);
    const parentsOk = entity.foreignKeys
      .filter((key) => key.required)
      .every((key) => visit(entityNamed(model, key.target), next));
    if (parentsOk) creatable.add(name);
    return parentsOk;
  };
  model.entities.forEach((entity) => visit(entity, new Set()));
  return creatable;
}

function entitySamples(model: CodegenModel, entity: EntityModel): string {
  const { pascal, pluralKebab, kebab } = entity.names;
  const values = entity.fields.map(
    (field) => `${propertyKey(field.name)}: ${sampleExpression(field, kebab)},`,
  );
  const parents = entity.foreignKeys
    .filter((key) => key.required)
    .map((key) => {
      const parent = entityNamed(model, key.target).names.pascal;
      return `${propertyKey(key.field)}: overrides.${key.field} ?? (await create${parent}(client)).id,`;
    });
  return code`
    export function sample${pascal}Fields(n: number): JsonObject {
      return {
        ${values}
      };
    }

    /** A valid create body, with any required parent records created first. */
    ${fitOrBreak(`export async function new${pascal}Input(`, ['client: ApiClient', 'overrides: JsonObject = {}'], ')', 0, ': Promise<JsonObject> {')}
      return {
        ...sample${pascal}Fields(nextNumber()),
        ${parents}
        ...overrides,
      };
    }

    ${fitOrBreak(`export async function create${pascal}(`, ['client: ApiClient', 'overrides: JsonObject = {}'], ')', 0, ': Promise<JsonObject> {')}
      const input = await new${pascal}Input(client, overrides);
      return expectStatus(await client.post(${quote(`/api/${pluralKebab}`)}, input), 201);
    }
  `;
}

/** test/support/samples.ts: sample records per entity, built so unique fields never collide. */
export function samplesFile(model: CodegenModel): GeneratedFile {
  const creatable = creatableEntities(model);
  const entities = model.entities.filter((entity) => creatable.has(entity.names.pascal));
  return sourceFile(
    model,
    'test/support/samples.ts',
    code`
      import { expectStatus, type ApiClient, type JsonObject } from './test-server.js';

      let counter = 0;

      /** A new number for each sample, so unique fields never collide. */
      export function nextNumber(): number {
        counter += 1;
        return counter;
      }

      /** Keeps the end of the text (where the number is) and pads to the minimum length. */
      export function fit(text: string, minLength: number, maxLength: number): string {
        const cut = text.length > maxLength ? text.slice(-maxLength) : text;
        return cut.padStart(minLength, '0');
      }

      ${entities.map((entity) => entitySamples(model, entity)).join('\n\n')}
    `,
  );
}
