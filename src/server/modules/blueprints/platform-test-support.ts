import { expect } from 'vitest';
import { BlueprintVersionDetail, CreatePlatformResponse } from '../../../contracts/index.js';
import type { SignedUp, TestServer } from '../../testing/index.js';

// Shared by this module's HTTP tests.

export const DESCRIPTION = 'A clinic in Riyadh with patients, doctors and appointments.';

export async function createPlatform(person: SignedUp, description = DESCRIPTION) {
  const response = await person.client.post('/api/platforms', { description });
  expect(response.status, response.text).toBe(201);
  return CreatePlatformResponse.parse(response.body);
}

/** Version `basedOn`'s Blueprint with one more (valid) field on Patient. */
export async function editedBlueprint(person: SignedUp, platformId: string, basedOn: number, field: string) {
  const response = await person.client.get(`/api/platforms/${platformId}/versions/${basedOn}`);
  const { blueprint } = BlueprintVersionDetail.parse(response.body);
  return {
    ...blueprint,
    entities: blueprint.entities.map((entity) =>
      entity.name === 'Patient'
        ? {
            ...entity,
            fields: [...entity.fields, { name: field, label: { en: field, ar: field }, type: 'string' }],
          }
        : entity,
    ),
  };
}

/** How many events the tenant has: unchanged after a refusal means nothing was stored. */
export async function eventCount(server: TestServer, tenantId: string): Promise<number> {
  const [row] = await server.database.query<{ n: string }>(
    'select count(*) as n from events where tenant_id = $1',
    [tenantId],
  );
  return Number(row!.n);
}
