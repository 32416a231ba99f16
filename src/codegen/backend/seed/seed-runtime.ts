import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

/** src/server/seed/seed.ts: writes the sample rows of seed-data.json through the resource kit. */
export function seedRunnerFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/seed/seed.ts',
    code`
      import { readFileSync } from 'node:fs';
      import { eq } from 'drizzle-orm';
      import { recordChange } from '../audit/record-change.js';
      import type { Db, Tx } from '../db/client.js';
      import { users } from '../db/schema/index.js';
      import { resources } from '../resources/index.js';
      import type { JsonObject, ResourceDefinition } from '../resources/kit/definition.js';
      import { auditView, toRecord, toRow } from '../resources/kit/records.js';
      import { findRow, insertRow, replaceLinks } from '../resources/kit/repository.js';
      import type { FieldCipher } from '../security/field-encryption.js';

      interface SeedRow {
        id: string;
        values: JsonObject;
      }

      interface SeedData {
        entities: { entity: string; resource: string; rows: SeedRow[] }[];
      }

      export interface SeedReport {
        inserted: number;
        /** Rows already in the database from an earlier run: seeding twice changes nothing. */
        alreadyPresent: number;
      }

      /**
       * seed-data.json beside this file. A server bundled into one file (dist/server/main.mjs) no longer sits
       * here, so its launcher names the file in SEED_DATA_FILE instead.
       */
      const SEED_DATA = process.env.SEED_DATA_FILE ?? new URL('./seed-data.json', import.meta.url);

      function definitionOf(resource: string): ResourceDefinition {
        const definition = resources.get(resource);
        if (!definition) {
          throw new Error(
            'seed-data.json names the resource ' +
              resource +
              ', which this platform does not have. Regenerate the project.',
          );
        }
        return definition;
      }

      /** Validates a row with the entity's create schema, then writes it as the API would, audit entry included. */
      async function insertSeedRow(
        tx: Tx,
        definition: ResourceDefinition,
        cipher: FieldCipher,
        row: SeedRow,
        createdBy: string | null,
      ): Promise<void> {
        const parsed = definition.createSchema.safeParse(row.values);
        if (!parsed.success) {
          throw new Error(
            'The seed row ' +
              row.id +
              ' of ' +
              definition.entity +
              ' does not fit its schema (' +
              parsed.error.message +
              '). Regenerate the project from its Blueprint.',
          );
        }
        const { values, links } = toRow(definition, cipher, parsed.data);
        const inserted = await insertRow(tx, definition, { ...values, id: row.id, createdBy });
        await replaceLinks(tx, definition, row.id, links);
        await recordChange(tx, {
          userId: createdBy,
          action: 'create',
          entity: definition.entity,
          recordId: row.id,
          before: null,
          after: auditView(definition, toRecord(definition, cipher, inserted, 'full')),
        });
      }

      /**
       * Writes the sample records, in dependency order, in one transaction. Rows carry fixed ids, so a row
       * already present is skipped: running it again is safe and adds only what is missing. The records
       * belong to the administrator with \`adminEmail\`, when there is one.
       */
      export async function seedDatabase(db: Db, cipher: FieldCipher, adminEmail: string): Promise<SeedReport> {
        const data = JSON.parse(readFileSync(SEED_DATA, 'utf8')) as SeedData;
        const [administrator] = await db
          .select({ id: users.id })
          .from(users)
          .where(eq(users.email, adminEmail.toLowerCase()));
        const createdBy = administrator?.id ?? null;
        const report: SeedReport = { inserted: 0, alreadyPresent: 0 };
        await db.transaction(async (tx) => {
          for (const entity of data.entities) {
            const definition = definitionOf(entity.resource);
            for (const row of entity.rows) {
              if (await findRow(tx, definition, row.id)) {
                report.alreadyPresent += 1;
                continue;
              }
              try {
                await insertSeedRow(tx, definition, cipher, row, createdBy);
              } catch (error) {
                const reason = error instanceof Error ? error.message : String(error);
                throw new Error('Seeding ' + definition.entity + ' ' + row.id + ' failed: ' + reason, {
                  cause: error,
                });
              }
              report.inserted += 1;
            }
          }
        });
        return report;
      }
    `,
  );
}

/** src/server/seed/main.ts: \`npm run seed\`, on the database the server uses. */
export function seedCommandFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/seed/main.ts',
    code`
      import { hasEncryptedFields } from '../../shared/blueprint.js';
      import { bootstrapAdministrator } from '../auth/bootstrap-administrator.js';
      import { loadConfig } from '../config.js';
      import { openDatabase } from '../db/client.js';
      import { migrate } from '../db/migrate.js';
      import { FieldCipher } from '../security/field-encryption.js';
      import { seedDatabase } from './seed.js';

      /** Stop the server first: the embedded database allows one process at a time. */
      try {
        const config = loadConfig(process.env);
        const cipher = FieldCipher.fromBase64Key(config.encryptionKey, hasEncryptedFields);
        const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
        try {
          await migrate(database);
          const first = await bootstrapAdministrator(database.db, config.adminEmail, config.adminPassword);
          if (first?.generatedPassword) {
            console.log('First administrator: ' + first.email + ' / ' + first.generatedPassword);
            console.log('This password is shown only once: sign in and keep it safe.');
          }
          const report = await seedDatabase(database.db, cipher, config.adminEmail);
          console.log(
            'Seeded ' + report.inserted + ' sample records (' + report.alreadyPresent + ' were already there).',
          );
        } finally {
          await database.close();
        }
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      }
    `,
  );
}
