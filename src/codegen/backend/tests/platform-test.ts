import { code, quote } from '../../code.js';
import { importStatement } from '../../layout.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel, EntityModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';
import { creatableEntities } from './samples.js';

const PERSONAL = new Set(['personal', 'health', 'payment-card', 'secret']);

/** The first entity holding personal data that tests can create and the administrator can read. */
function dataSubject(model: CodegenModel): EntityModel | undefined {
  const creatable = creatableEntities(model);
  const administrator = model.roles.find((role) => role.name === model.administratorRole);
  return model.entities.find(
    (entity) =>
      creatable.has(entity.names.pascal) &&
      Boolean(administrator?.permissions[entity.names.pluralKebab]?.read) &&
      entity.fields.some((field) => PERSONAL.has(field.dataClass)),
  );
}

function privacyTest(model: CodegenModel): string | false {
  const subject = model.dataSubjectRights && dataSubject(model);
  if (!subject) return false;
  const { pascal, pluralKebab } = subject.names;
  const ordinary = model.roles.find((role) => !role.administrator);
  return code`

    it('exports and erases what it holds about a data subject (${model.blueprint.compliance.filter((regime) => regime === 'GDPR' || regime === 'PDPL').join(', ')})', async () => {
      const record = await create${pascal}(server.everyRole);
      const base = ${quote(`/api/privacy/${pluralKebab}/`)} + String(record.id);
      const exported = expectStatus(await server.admin.get<Exported>(base + '/export'), 200);
      expect(exported.record.id).toBe(record.id);
      expect(exported.history.length).toBeGreaterThan(0);
      const erased = expectStatus(await server.admin.post<Erased>(base + '/erase', {}), 200);
      expect(erased.erasedFields.length).toBeGreaterThan(0);
      for (const field of erased.erasedFields) expect(erased.record[field]).not.toEqual(record[field]);
      const consent = { subject: ${quote(pascal)}, subjectId: record.id, purpose: 'Reminders', granted: true };
      expectStatus(await server.admin.post('/api/privacy/consents', consent), 201);
      ${
        ordinary &&
        code`
          const outsider = await server.userWithRoles([${quote(ordinary.name)}]);
          expect((await outsider.get(base + '/export')).status).toBe(403);
        `
      }
    });
  `;
}

/** test/platform.api.test.ts: health, OpenAPI, sign-in, sign-out and user management. */
export function platformTestFile(model: CodegenModel): GeneratedFile {
  const ordinaryRole = model.roles.find((role) => !role.administrator);
  const firstEntity = model.entities[0]?.names.pluralKebab ?? '';
  const privacy = privacyTest(model);
  const privacySubject = dataSubject(model)?.names.pascal ?? '';
  return sourceFile(
    model,
    'test/platform.api.test.ts',
    code`
      import { afterAll, beforeAll, describe, expect, it } from 'vitest';
      ${privacy && `import { create${privacySubject} } from './support/samples.js';`}
      ${importStatement(['ADMIN', 'expectStatus', 'startTestServer', ...(privacy ? ['type JsonObject'] : []), 'type TestServer'], './support/test-server.js')}

      type OpenApi = { openapi: string; paths: object };
      type Me = { email: string; roles: string[]; permissions: object };
      ${privacy && 'type Exported = { record: JsonObject; history: unknown[] };'}
      ${privacy && 'type Erased = { erasedFields: string[]; record: JsonObject };'}

      describe('the platform', () => {
        let server: TestServer;

        beforeAll(async () => {
          server = await startTestServer();
        });

        afterAll(async () => {
          await server.close();
        });

        it('reports its health', async () => {
          expect(expectStatus(await server.anonymous.get('/health'), 200)).toEqual({ status: 'ok' });
        });

        it('describes its API in OpenAPI 3.1', async () => {
          const document = expectStatus(await server.anonymous.get<OpenApi>('/api/openapi.json'), 200);
          expect(document.openapi).toBe('3.1.0');
          expect(Object.keys(document.paths)).toContain(${quote(`/api/${firstEntity}`)});
        });

        it('refuses a wrong password', async () => {
          const credentials = { email: ADMIN.email, password: 'not-the-password' };
          const response = await server.anonymous.post('/api/auth/login', credentials);
          expect(response.status).toBe(401);
        });

        it('tells the administrator who they are and what they may do, until they sign out', async () => {
          const me = expectStatus(await server.admin.get<Me>('/api/auth/me'), 200);
          expect(me.email).toBe(ADMIN.email);
          expect(me.roles).toEqual([${quote(model.administratorRole)}]);
          expect(Object.keys(me.permissions)).toContain(${quote(firstEntity)});
          const client = await server.userWithRoles([${quote(model.administratorRole)}]);
          expectStatus(await client.post('/api/auth/logout', {}), 204);
          expect((await client.get('/api/auth/me')).status).toBe(401);
        });

        it('refuses a sign-in without credentials (400)', async () => {
          const response = await server.admin.post('/api/auth/login', undefined);
          expect(response.status).toBe(400);
        });
        ${
          ordinaryRole &&
          code`

            it('lets only administrators manage users', async () => {
              const client = await server.userWithRoles([${quote(ordinaryRole.name)}]);
              expect((await client.get('/api/users')).status).toBe(403);
            });
          `
        }
        ${privacy}
      });
    `,
  );
}
