import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

/**
 * GDPR / PDPL data-subject rights: export everything held about a record that describes a person,
 * erase (anonymize) its personal and sensitive fields, and keep consent records. Administrators only.
 */
export function privacyFiles(model: CodegenModel): GeneratedFile[] {
  if (!model.dataSubjectRights) return [];
  return [
    sourceFile(
      model,
      'src/server/privacy/privacy-routes.ts',
      code`
        import { and, desc, eq } from 'drizzle-orm';
        import { Router, type Request } from 'express';
        import { z } from 'zod';
        import { administratorRoles } from '../../shared/blueprint.js';
        import { recordChange } from '../audit/record-change.js';
        import { userOf } from '../auth/authenticate.js';
        import type { CurrentUser } from '../auth/permissions.js';
        import { auditLog, consents } from '../db/schema/index.js';
        import { forbidden, notFound, validationProblem } from '../http/problem.js';
        import type { JsonObject, ResourceDefinition } from '../resources/kit/definition.js';
        import { getRecord, listRecords, type ResourceServices } from '../resources/kit/operations.js';
        import { toRow } from '../resources/kit/records.js';
        import { findRow, updateRow } from '../resources/kit/repository.js';

        const PERSONAL = new Set(['personal', 'health', 'payment-card', 'secret']);

        const consentSchema = z.strictObject({
          subject: z.string().min(1).max(100),
          subjectId: z.uuid(),
          purpose: z.string().trim().min(1).max(200),
          granted: z.boolean(),
        });

        function administrator(req: Request): CurrentUser {
          const user = userOf(req);
          if (!user.roles.some((role) => administratorRoles.includes(role))) {
            throw forbidden('Only administrators handle data-subject requests.');
          }
          return user;
        }

        /** Resources that hold personal data: the ones a data subject can be found in. */
        function subjectResource(
          resources: ReadonlyMap<string, ResourceDefinition>,
          path: string,
        ): ResourceDefinition {
          const definition = resources.get(path);
          if (!definition || !definition.fields.some((field) => PERSONAL.has(field.dataClass))) {
            throw notFound(path + ' holds no personal data; data-subject requests apply to records that do.');
          }
          return definition;
        }

        /** Optional personal values become null; required text keeps a placeholder unique to the record. */
        function erasedValues(definition: ResourceDefinition, row: JsonObject, id: string): JsonObject {
          const unique = id.replaceAll('-', '');
          const erased: JsonObject = {};
          for (const field of definition.fields) {
            if (!PERSONAL.has(field.dataClass) || row[field.name] === null) continue;
            const room = field.maxLength ?? 64;
            if (!field.required) erased[field.name] = null;
            else if (field.kind === 'email')
              erased[field.name] = unique.slice(0, Math.max(room - 15, 1)) + '@erased.invalid';
            else if (field.kind === 'string' || field.kind === 'text')
              erased[field.name] = ('erased-' + unique).slice(-room);
          }
          return erased;
        }

        export function privacyRoutes(
          services: ResourceServices,
          resources: ReadonlyMap<string, ResourceDefinition>,
        ): Router {
          const router = Router();

          router.get('/:resource/:id/export', async (req, res) => {
            const user = administrator(req);
            const definition = subjectResource(resources, String(req.params.resource));
            const id = String(req.params.id);
            const record = await getRecord(services, definition, user, id);
            const related: Record<string, JsonObject[]> = {};
            for (const link of definition.related) {
              const target = resources.get(link.resource);
              if (!target || link.via.kind !== 'foreign-key') continue;
              const page = await listRecords(services, target, user, { pageSize: '100', [link.via.field]: id });
              related[link.segment] = page.items;
            }
            const history = await services.db
              .select()
              .from(auditLog)
              .where(and(eq(auditLog.entity, definition.entity), eq(auditLog.recordId, id)))
              .orderBy(desc(auditLog.at));
            const consentRecords = await services.db.select().from(consents).where(eq(consents.subjectId, id));
            res.json({ subject: definition.entity, record, related, consents: consentRecords, history });
          });

          router.post('/:resource/:id/erase', async (req, res) => {
            const user = administrator(req);
            const definition = subjectResource(resources, String(req.params.resource));
            const id = String(req.params.id);
            const erasedFields = await services.db.transaction(async (tx) => {
              const row = await findRow(tx, definition, id);
              if (!row) throw notFound('There is no ' + definition.entity + ' with id ' + id + '.');
              const erased = erasedValues(definition, row, id);
              await updateRow(tx, definition, id, toRow(definition, services.cipher, erased).values);
              await recordChange(tx, {
                userId: user.id,
                action: 'update',
                entity: definition.entity,
                recordId: id,
                before: null,
                after: { erasedFields: Object.keys(erased) },
              });
              return Object.keys(erased);
            });
            res.json({ erasedFields, record: await getRecord(services, definition, user, id) });
          });

          router.post('/consents', async (req, res) => {
            const user = administrator(req);
            const parsed = consentSchema.safeParse(req.body);
            if (!parsed.success) throw validationProblem(parsed.error);
            const [created] = await services.db
              .insert(consents)
              .values({ ...parsed.data, recordedBy: user.id })
              .returning();
            res.status(201).json(created);
          });

          return router;
        }
      `,
    ),
  ];
}
