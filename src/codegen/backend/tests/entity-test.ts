import { code, quote, withArticle } from '../../code.js';
import { importStatement } from '../../layout.js';
import type { GeneratedFile } from '../../generated-file.js';
import {
  entityNamed,
  mergePermissions,
  type CodegenModel,
  type CrudActionName,
  type EntityModel,
} from '../../model/index.js';
import { sourceFile } from '../source-file.js';
import { invalidValueOf } from './sample-values.js';

const UPDATABLE_FIRST = ['string', 'text', 'email', 'phone', 'url', 'integer', 'decimal', 'money', 'date'];

function crudTest(entity: EntityModel, canUpdate: boolean, canDelete: boolean): string {
  const { pascal, camel } = entity.names;
  const field =
    entity.fields.find((candidate) => UPDATABLE_FIRST.includes(candidate.type)) ??
    entity.fields.find((candidate) => candidate.type !== 'file');
  const masked = entity.fields.filter((candidate) => candidate.encrypted && candidate.type !== 'file');
  return code`
    it('creates, reads, lists, updates and deletes ${withArticle(camel)}', async () => {
      const client = server.everyRole;
      const input = await new${pascal}Input(client);
      const created = expectStatus(await client.post(base, input), 201);
      expect(created).toMatchObject(comparable(input));
      const id = String(created.id);
      expect(expectStatus(await client.get(base + '/' + id), 200)).toMatchObject(comparable(input));
      const page = expectStatus(await client.get<Page>(base + '?pageSize=100'), 200);
      const listed = page.items.find((item) => item.id === id);
      expect(listed).toBeDefined();
      ${masked.map((sensitive) => `expect(listed?.${sensitive.name}).toMatch(/^••••/);`)}
      ${
        canUpdate &&
        field &&
        code`
          const changes = { ${field.name}: sample${pascal}Fields(nextNumber()).${field.name} };
          expect(expectStatus(await client.patch(base + '/' + id, changes), 200)).toMatchObject(changes);
        `
      }
      ${
        canDelete &&
        code`
          expectStatus(await client.delete(base + '/' + id), 204);
          expectStatus(await client.get(base + '/' + id), 404);
        `
      }
    });
  `;
}

function validationTest(entity: EntityModel): string | false {
  const { pascal, camel } = entity.names;
  const field = entity.fields.find((candidate) => invalidValueOf(candidate) !== undefined);
  const invalid = field && invalidValueOf(field);
  if (!field || !invalid) return false;
  return code`
    it('refuses ${withArticle(camel)} with an invalid ${field.name}, naming the field', async () => {
      const input = await new${pascal}Input(server.everyRole);
      const body = { ...input, ${field.name}: ${invalid} };
      const response = await server.everyRole.post<Problem>(base, body);
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((error) => error.path)).toContain(${quote(field.name)});
    });
  `;
}

function permissionTest(model: CodegenModel, entity: EntityModel, creatable: boolean): string | false {
  const { pascal, pluralKebab, camel } = entity.names;
  const order: CrudActionName[] = ['create', 'read', 'delete', 'update'];
  for (const action of order) {
    const role = model.roles.find((candidate) => !candidate.permissions[pluralKebab]?.[action]);
    if (!role) continue;
    if (action !== 'create' && action !== 'read' && !creatable) continue;
    const attempt = {
      create: code`
        const input = await new${pascal}Input(server.everyRole);
        const response = await client.post(base, input);
      `,
      read: code`
        const response = await client.get(base);
      `,
      update: code`
        const record = await create${pascal}(server.everyRole);
        const response = await client.patch(base + '/' + String(record.id), {});
      `,
      delete: code`
        const record = await create${pascal}(server.everyRole);
        const response = await client.delete(base + '/' + String(record.id));
      `,
    }[action];
    if (action === 'create' && !creatable) {
      return code`
        it('refuses to let ${withArticle(role.name)} create ${withArticle(camel)} (403)', async () => {
          const client = await server.userWithRoles([${quote(role.name)}]);
          const response = await client.post(base, {});
          expect(response.status).toBe(403);
        });
      `;
    }
    return code`
      it('refuses to let ${withArticle(role.name)} ${action} ${withArticle(camel)} (403)', async () => {
        const client = await server.userWithRoles([${quote(role.name)}]);
        ${attempt}
        expect(response.status).toBe(403);
      });
    `;
  }
  return false;
}

function ownScopeTests(model: CodegenModel, entity: EntityModel): string[] {
  const { pascal, pluralKebab } = entity.names;
  const tests: string[] = [];
  const readsOwn = model.roles.find((role) => role.permissions[pluralKebab]?.read === 'own');
  if (readsOwn) {
    tests.push(code`
      it('hides ${pluralKebab} created by others from ${withArticle(readsOwn.name)} (own scope)', async () => {
        const others = await create${pascal}(server.everyRole);
        const client = await server.userWithRoles([${quote(readsOwn.name)}]);
        const page = expectStatus(await client.get<Page>(base + '?pageSize=100'), 200);
        expect(page.items.map((item) => item.id)).not.toContain(others.id);
        expectStatus(await client.get(base + '/' + String(others.id)), 404);
      });
    `);
  }
  const updatesOwn = model.roles.find(
    (role) => role.permissions[pluralKebab]?.update === 'own' && role.permissions[pluralKebab]?.read,
  );
  if (updatesOwn) {
    const createsToo = Boolean(updatesOwn.permissions[pluralKebab]?.create);
    // A record the role may not even read is hidden (404); one it may read but not change is refused (403).
    const refused = updatesOwn.permissions[pluralKebab]?.read === 'all' ? 403 : 404;
    tests.push(code`
      it('lets ${withArticle(updatesOwn.name)} update only the ${pluralKebab} they created (own scope)', async () => {
        const others = await create${pascal}(server.everyRole);
        const client = await server.userWithRoles([${quote(updatesOwn.name)}]);
        expectStatus(await client.patch(base + '/' + String(others.id), {}), ${refused});
        ${
          createsToo &&
          code`
            const input = await new${pascal}Input(server.everyRole);
            const mine = expectStatus(await client.post(base, input), 201);
            expectStatus(await client.patch(base + '/' + String(mine.id), {}), 200);
          `
        }
      });
    `);
  }
  return tests;
}

/** True when deleting the parent is blocked by the child's foreign key and someone may try. */
function restrictsDelete(model: CodegenModel, parent: EntityModel, child: string, field: string): boolean {
  const key = entityNamed(model, child).foreignKeys.find((candidate) => candidate.field === field);
  const union = mergePermissions(model.roles.map((role) => role.permissions))[parent.names.pluralKebab];
  return key?.onDelete === 'restrict' && Boolean(union?.delete);
}

function relatedTests(model: CodegenModel, entity: EntityModel, creatable: Set<string>): string[] {
  const { pascal, pluralKebab, camel } = entity.names;
  return entity.relatedLists.flatMap((list) => {
    if (list.via.kind !== 'foreign-key' || !creatable.has(list.target)) return [];
    const child = entityNamed(model, list.target).names;
    const field = list.via.foreignKeyField;
    return [
      code`
        it('lists the ${list.name} of ${withArticle(camel)} at /${pluralKebab}/:id/${list.segment}', async () => {
          const parent = await create${pascal}(server.everyRole);
          const child = await create${child.pascal}(server.everyRole, { ${field}: parent.id });
          const path = base + '/' + String(parent.id) + ${quote(`/${list.segment}`)};
          const page = expectStatus(await server.everyRole.get<Page>(path), 200);
          expect(page.items.map((item) => item.id)).toEqual([child.id]);
        });
      `,
      restrictsDelete(model, entity, list.target, field) &&
        code`
          it('refuses to delete ${withArticle(camel)} that ${child.pluralCamel} still refer to (409)', async () => {
            const parent = await create${pascal}(server.everyRole);
            await create${child.pascal}(server.everyRole, { ${field}: parent.id });
            const response = await server.everyRole.delete<Problem>(base + '/' + String(parent.id));
            expect(response.status).toBe(409);
            expect(response.body.detail).toContain(${quote(child.pluralKebab)});
          });
        `,
    ].filter((test): test is string => typeof test === 'string');
  });
}

/** test/<entity>.api.test.ts: the generated API tests of one entity. */
export function entityTestFile(
  model: CodegenModel,
  entity: EntityModel,
  creatable: Set<string>,
): GeneratedFile {
  const { pascal, pluralKebab, kebab } = entity.names;
  const union = mergePermissions(model.roles.map((role) => role.permissions))[pluralKebab];
  const canCreate = creatable.has(pascal);
  const tests = [
    code`
      it('asks for a sign-in (401)', async () => {
        expect((await server.anonymous.get(base)).status).toBe(401);
      });
    `,
    canCreate && crudTest(entity, Boolean(union?.update), Boolean(union?.delete)),
    canCreate && validationTest(entity),
    permissionTest(model, entity, canCreate),
    ...(canCreate ? ownScopeTests(model, entity) : []),
    ...(canCreate ? relatedTests(model, entity, creatable) : []),
  ].filter((test): test is string => typeof test === 'string');
  const sampleImports = [
    ...new Set([
      ...(canCreate ? [`create${pascal}`, `new${pascal}Input`, `nextNumber`, `sample${pascal}Fields`] : []),
      ...entity.relatedLists
        .filter((list) => list.via.kind === 'foreign-key' && canCreate && creatable.has(list.target))
        .map((list) => `create${entityNamed(model, list.target).names.pascal}`),
    ]),
  ].sort();
  const fileFields = entity.fields.filter((field) => field.type === 'file').map((field) => quote(field.name));
  return sourceFile(
    model,
    `test/${kebab}.api.test.ts`,
    code`
      import { afterAll, beforeAll, describe, expect, it } from 'vitest';
      ${sampleImports.length > 0 && importStatement(sampleImports, './support/samples.js')}
      ${importStatement(['expectStatus', 'startTestServer', 'type JsonObject', 'type Page', 'type TestServer'], './support/test-server.js')}

      type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };

      /** What a record must echo of its input: files come back as metadata only. */
      function comparable(input: JsonObject): JsonObject {
        const files: string[] = [${fileFields.join(', ')}];
        return Object.fromEntries(Object.entries(input).filter(([key]) => !files.includes(key)));
      }

      const base = ${quote(`/api/${pluralKebab}`)};

      describe(base, () => {
        let server: TestServer;

        beforeAll(async () => {
          server = await startTestServer();
        });

        afterAll(async () => {
          await server.close();
        });

        ${tests.join('\n\n')}
      });
    `,
  );
}
