import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCodebase, GENERATOR_VERSION } from '../../../codegen/index.js';
import {
  AuditEntry,
  GeneratedFileContent,
  GenerationDetail,
  type GenerationSummary,
} from '../../../contracts/index.js';
import { sha256Hex } from '../../../kernel/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import { signUpPerson, startTestServer, type SignedUp, type TestServer } from '../../testing/index.js';
import {
  addPatientField,
  blueprintOf,
  createPlatform,
  download,
  generate,
  storedCounts,
} from './generation-test-support.js';

describe.each(testDatabaseKinds())('generations over HTTP (%s)', (kind) => {
  let server: TestServer;
  let alice: SignedUp;
  let platformId: string;
  let first: GenerationSummary;

  beforeAll(async () => {
    server = await startTestServer(kind);
    await signUpPerson(server, 'Root'); // the ROOT_OWNER, so the others are ordinary users
    alice = await signUpPerson(server, 'Alice');
    platformId = (await createPlatform(alice)).id;
    first = await generate(alice, platformId);
  });
  afterAll(() => server.stop());

  const base = () => `/api/platforms/${platformId}/generations`;
  const expectedCodebase = async (version: number) =>
    generateCodebase(await blueprintOf(alice, platformId, version));

  it('generates the current version and stores what generateCodebase gives', async () => {
    const codebase = await expectedCodebase(1);
    expect(first).toMatchObject({
      platformId,
      blueprintVersion: 1,
      slug: 'city-clinic',
      generatorVersion: GENERATOR_VERSION,
      contentHash: codebase.contentHash,
      fileCount: codebase.files.length,
      totalBytes: codebase.files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0),
      createdBy: { id: alice.userId, label: alice.email },
    });
    const listed = await alice.client.get(base());
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body).toEqual([first]);
  });

  it('shows the file tree as a flat list of paths and sizes, sorted by path', async () => {
    const codebase = await expectedCodebase(1);
    const response = await alice.client.get(`${base()}/${first.id}`);
    expect(response.status, response.text).toBe(200);
    const detail = GenerationDetail.parse(response.body);
    expect(detail).toMatchObject(first);
    expect(detail.files).toEqual(
      codebase.files.map((file) => ({ path: file.path, size: Buffer.byteLength(file.content) })),
    );
  });

  it("serves every file's content exactly as generateCodebase gives it", async () => {
    const codebase = await expectedCodebase(1);
    for (const file of codebase.files) {
      const response = await alice.client.get(
        `${base()}/${first.id}/files?path=${encodeURIComponent(file.path)}`,
      );
      expect(response.status, `${file.path}: ${response.text}`).toBe(200);
      expect(GeneratedFileContent.parse(response.body)).toEqual({
        path: file.path,
        size: Buffer.byteLength(file.content),
        content: file.content,
      });
    }
  });

  it('downloads a zip that unpacks to the same files under the slug folder', async () => {
    const codebase = await expectedCodebase(1);
    const zip = await download(server, alice, `${base()}/${first.id}/zip`);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(zip.headers.get('content-disposition')).toBe('attachment; filename="city-clinic-v1.zip"');
    const unpacked = Object.entries(unzipSync(zip.bytes)).map(([path, bytes]) => ({
      path,
      content: strFromU8(bytes),
    }));
    expect(unpacked.sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(
      codebase.files.map((file) => ({ path: `city-clinic/${file.path}`, content: file.content })),
    );
    // Zipping is deterministic: the same generation downloads as the same bytes.
    const again = await download(server, alice, `${base()}/${first.id}/zip`);
    expect(sha256Hex(Buffer.from(again.bytes).toString('latin1'))).toBe(
      sha256Hex(Buffer.from(zip.bytes).toString('latin1')),
    );
  });

  it('returns the existing generation when the same version is generated again, storing nothing', async () => {
    const before = await storedCounts(server, alice.tenantId);
    expect(await generate(alice, platformId)).toEqual(first);
    expect(await generate(alice, platformId, { version: 1 })).toEqual(first);
    expect(await storedCounts(server, alice.tenantId)).toEqual(before);
    expect((await alice.client.get(base())).body).toHaveLength(1);
  });

  it('stores one generation when two requests for the same version race', async () => {
    const carol = await signUpPerson(server, 'Carol');
    const carolPlatform = (await createPlatform(carol)).id;
    const [one, two] = await Promise.all([generate(carol, carolPlatform), generate(carol, carolPlatform)]);
    expect(two).toEqual(one);
    const counts = await storedCounts(server, carol.tenantId);
    expect(counts.generations).toBe(1);
    expect(counts.files).toBe(one.fileCount);
  });

  it('shares the blobs of unchanged files between versions that differ in one field', async () => {
    const bob = await signUpPerson(server, 'Bob');
    const bobPlatform = (await createPlatform(bob)).id;
    const v1 = await generate(bob, bobPlatform);
    const afterFirst = await storedCounts(server, bob.tenantId);
    await addPatientField(bob, bobPlatform, 1, 'nickname');
    const v2 = await generate(bob, bobPlatform);
    expect(v2).toMatchObject({ blueprintVersion: 2 });
    expect(v2.contentHash).not.toBe(v1.contentHash);

    const one = generateCodebase(await blueprintOf(bob, bobPlatform, 1)).files;
    const two = generateCodebase(await blueprintOf(bob, bobPlatform, 2)).files;
    const hashesOne = new Set(one.map((file) => sha256Hex(file.content)));
    const hashesTwo = new Set(two.map((file) => sha256Hex(file.content)));
    const shared = [...hashesTwo].filter((hash) => hashesOne.has(hash));
    // Most files do not mention Patient's fields, so most of version 2 is already stored.
    expect(shared.length).toBeGreaterThan(two.length / 2);
    const after = await storedCounts(server, bob.tenantId);
    expect(afterFirst.blobs).toBe(hashesOne.size);
    expect(after.blobs).toBe(new Set([...hashesOne, ...hashesTwo]).size);
    expect(after.files).toBe(one.length + two.length);

    const listed = await bob.client.get(`/api/platforms/${bobPlatform}/generations`);
    expect((listed.body as GenerationSummary[]).map((generation) => generation.id)).toEqual([v2.id, v1.id]);
    // An older version can be generated on purpose, and is then returned as it was.
    expect(await generate(bob, bobPlatform, { version: 1 })).toEqual(v1);
  });

  it('records each generation in the audit log and as a CodebaseGenerated event', async () => {
    const entries = AuditEntry.array().parse((await alice.client.get('/api/audit?limit=200')).body);
    const generated = entries.filter((entry) => entry.action === 'generation.create');
    expect(generated.length).toBeGreaterThanOrEqual(3);
    expect(generated.every((entry) => entry.actorLabel === alice.email)).toBe(true);
    expect(generated.map((entry) => entry.resource)).toContain(
      `platform:${platformId}@v1/generation:${first.id}`,
    );
    const stream = await alice.client.get(`/api/events/streams/generations-${platformId}`);
    expect(stream.status, stream.text).toBe(200);
    expect(stream.body.events).toHaveLength(1);
    expect(stream.body.events[0]).toMatchObject({
      type: 'CodebaseGenerated',
      data: { generationId: first.id, contentHash: first.contentHash, fileCount: first.fileCount },
    });
  });

  it('refuses bad input with a clear 4xx and stores nothing', async () => {
    const before = await storedCounts(server, alice.tenantId);
    const refusals: [string, string, unknown, number, RegExp][] = [
      ['POST', base(), { version: 99 }, 404, /Version 99 .* not found/],
      ['POST', base(), { version: 0 }, 400, /versions start at 1/],
      ['POST', base(), { version: '1' }, 400, /version number/],
      ['POST', base(), { version: true }, 400, /version number/],
      ['POST', base(), { branch: 'main' }, 400, /unknown field 'branch'/],
      ['POST', '/api/platforms/not-an-id/generations', {}, 400, /must be a UUID/],
      ['POST', `/api/platforms/${UNKNOWN}/generations`, {}, 404, /Platform was not found/],
      ['GET', `/api/platforms/${UNKNOWN}/generations`, undefined, 404, /Platform was not found/],
      ['GET', `${base()}/${UNKNOWN}`, undefined, 404, /Generation was not found/],
      ['GET', `${base()}/not-an-id`, undefined, 400, /must be a UUID/],
      ['GET', `${base()}/${UNKNOWN}/zip`, undefined, 404, /Generation was not found/],
      ['GET', `${base()}/${first.id}/files`, undefined, 400, /query\.path/],
      [
        'GET',
        `${base()}/${first.id}/files?path=nothing/here.ts`,
        undefined,
        404,
        /no file nothing\/here\.ts/,
      ],
    ];
    for (const traversal of [
      '../secrets.txt',
      'src/../../etc/passwd',
      '/etc/passwd',
      'C:/boot.ini',
      'a\\b',
      'src//x',
      './README.md',
    ]) {
      refusals.push([
        'GET',
        `${base()}/${first.id}/files?path=${encodeURIComponent(traversal)}`,
        undefined,
        400,
        /query\.path/,
      ]);
    }
    for (const [method, path, body, status, detail] of refusals) {
      const response = await alice.client.request(method, path, body);
      expect(response.status, `${method} ${path}: ${response.text}`).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.detail).toMatch(detail);
      expect(typeof response.body.hint, `${method} ${path} gives a hint`).toBe('string');
    }
    expect(await storedCounts(server, alice.tenantId)).toEqual(before);
  });

  it('lets a viewer browse and download but not generate', async () => {
    const dave = await signUpPerson(server, 'Dave');
    const added = await alice.client.post('/api/tenant/members', { email: dave.email, role: 'viewer' });
    expect(added.status, added.text).toBe(201);
    dave.client.tenantId = alice.tenantId;
    const viewer = { ...dave, tenantId: alice.tenantId };
    const refused = await dave.client.post(base(), {});
    expect(refused.status, refused.text).toBe(403);
    expect((await dave.client.get(base())).body).toEqual([first]);
    expect((await download(server, viewer, `${base()}/${first.id}/zip`)).status).toBe(200);
  });

  it("keeps one tenant's generations from another, even through the other's own platform", async () => {
    const eve = await signUpPerson(server, 'Eve');
    const evePlatform = (await createPlatform(eve)).id;
    const throughOwn = `/api/platforms/${evePlatform}/generations/${first.id}`;
    expect((await eve.client.get(throughOwn)).status).toBe(404);
    expect((await eve.client.get(`${throughOwn}/files?path=README.md`)).status).toBe(404);
    expect((await download(server, eve, `${throughOwn}/zip`)).status).toBe(404);
    expect((await eve.client.get(`/api/platforms/${evePlatform}/generations`)).body).toEqual([]);
  });
});

const UNKNOWN = '0190f5d2-7c1e-7a3b-9f10-ffffffffffff';
