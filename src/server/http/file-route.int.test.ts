import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../kernel/index.js';
import { createTestDatabase, type TestDatabase } from '../db/index.js';
import { buildOpenApiDocument } from './openapi.js';
import { defineRoute, FileBody, type RouteDefinition } from './route.js';
import { startStubApp } from './stub-app.test-support.js';

const TENANT = '0190f5d2-7c1e-7a3b-9f10-00000000aa02';
const USER = '0190f5d2-7c1e-7a3b-9f10-00000000bb02';
const BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);

/** The route kit's file responses on their own, with fake ports: bytes out, refusals still problem+json. */
describe('file routes', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startStubApp>>;
  let url: string;

  const download = defineRoute({
    method: 'get',
    path: '/api/files/:name',
    summary: 'A download',
    tag: 'test',
    access: { tenantRole: 'viewer' },
    params: z.strictObject({ name: z.enum(['plain', 'arabic', 'missing']) }),
    response: FileBody,
    file: { contentType: 'application/zip' },
    handler: ({ tenant }, { params }) => {
      if (params.name === 'missing') throw new AppError('not_found', 'No such file', { hint: 'Try plain.' });
      const filename = params.name === 'plain' ? `${tenant.slug}-v1.zip` : 'عيادة.zip';
      return Promise.resolve({ filename, bytes: BYTES });
    },
  });

  const identity = {
    userId: USER,
    email: 'reader@example.com',
    tenant: { id: TENANT, slug: 'clinic', name: 'C' },
  };

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = await startStubApp(database.db, identity, [download]);
    url = app.url;
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const get = (name: string, headers: Record<string, string> = { 'x-tenant-id': TENANT }) =>
    fetch(`${url}/api/files/${name}`, { headers: { authorization: 'Bearer good', ...headers } });

  it('sends the bytes as they are, with the declared type and a quoted attachment name', async () => {
    const response = await get('plain');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="clinic-v1.zip"');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(BYTES);
  });

  it('encodes a name that is not plain ASCII', async () => {
    const disposition = (await get('arabic')).headers.get('content-disposition');
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('عيادة.zip')}`);
  });

  it('answers refusals as problem+json, as any route does', async () => {
    const missing = await get('missing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(((await missing.json()) as { hint: string }).hint).toBe('Try plain.');
    expect((await get('plain', { 'x-tenant-id': USER })).status).toBe(404);
    expect((await get('other')).status).toBe(400);
  });

  it('describes the download in OpenAPI as the declared content type', () => {
    const document = buildOpenApiDocument([download], 'test') as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, unknown> }> } }>;
    };
    expect(Object.keys(document.paths['/api/files/{name}']!.get.responses['200']!.content)).toEqual([
      'application/zip',
    ]);
  });

  it('refuses to mount a file route whose response is not FileBody', async () => {
    const wrong: RouteDefinition = { ...download, response: z.object({ ok: z.boolean() }) };
    await expect(startStubApp(database.db, identity, [wrong])).rejects.toThrow(/must be FileBody/);
  });
});
