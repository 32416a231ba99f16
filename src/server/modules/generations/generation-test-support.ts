import { expect } from 'vitest';
import {
  BlueprintVersionDetail,
  CreatedApiToken,
  CreatePlatformResponse,
  GenerationSummary,
} from '../../../contracts/index.js';
import type { SignedUp, TestServer } from '../../testing/index.js';

// Shared by this module's HTTP tests.

export async function createPlatform(person: SignedUp, description = 'A clinic in Riyadh with patients') {
  const response = await person.client.post('/api/platforms', { description });
  expect(response.status, response.text).toBe(201);
  return CreatePlatformResponse.parse(response.body).platform;
}

export async function blueprintOf(person: SignedUp, platformId: string, version: number) {
  const response = await person.client.get(`/api/platforms/${platformId}/versions/${version}`);
  expect(response.status, response.text).toBe(200);
  return BlueprintVersionDetail.parse(response.body).blueprint;
}

/** Saves the next version: version `basedOn` with one more field on Patient. */
export async function addPatientField(person: SignedUp, platformId: string, basedOn: number, field: string) {
  const blueprint = await blueprintOf(person, platformId, basedOn);
  const edited = {
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
  const response = await person.client.post(`/api/platforms/${platformId}/versions`, {
    blueprint: edited,
    basedOn,
  });
  expect(response.status, response.text).toBe(201);
}

export async function generate(person: SignedUp, platformId: string, body: { version?: number } = {}) {
  const response = await person.client.post(`/api/platforms/${platformId}/generations`, body);
  expect(response.status, response.text).toBe(201);
  return GenerationSummary.parse(response.body);
}

let downloads = 0;

/** The test client reads text; a zip needs its bytes, so this fetch signs in with an API token instead. */
export async function download(server: TestServer, person: SignedUp, path: string) {
  const token = await person.client.post('/api/auth/tokens', { name: `download-${(downloads += 1)}` });
  expect(token.status, token.text).toBe(201);
  const { token: secret } = CreatedApiToken.parse(token.body);
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${secret}`, 'x-tenant-id': person.tenantId },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/** What the tenant has stored: unchanged after a refusal means nothing was written. */
export async function storedCounts(server: TestServer, tenantId: string) {
  const count = async (table: string) => {
    const [row] = await server.database.query<{ n: string }>(
      `select count(*) as n from ${table} where tenant_id = $1`,
      [tenantId],
    );
    return Number(row!.n);
  };
  return {
    generations: await count('generations'),
    files: await count('generation_files'),
    blobs: await count('generation_blobs'),
    events: await count('events'),
  };
}
