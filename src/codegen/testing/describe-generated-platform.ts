/**
 * Test support: the end-to-end checks every generated platform goes through, as one vitest `describe`
 * per Blueprint. Each Blueprint has its own test file so vitest runs two projects at a time.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../blueprint/index.js';
import type { BlueprintInput } from '../../contracts/index.js';
import { generateCodebase } from '../index.js';
import { platformApi, type PlatformApi } from './api-client.js';
import { expectConsistentPaging } from './expect-consistent-paging.js';
import {
  failedStart,
  runTool,
  startProjectServer,
  writeProject,
  type GeneratedProject,
} from './generated-project.js';

export interface PlatformScenario {
  label: string;
  blueprint: BlueprintInput;
  /** The entity exercised over HTTP and a valid create body for it (no required relations). */
  resource: string;
  body: Record<string, unknown>;
  /** A word of `body` found by `?q=` and in no seeded record. */
  searchFor: string;
  /** True when `body` holds a sensitive value that lists show masked. */
  maskedInList?: boolean;
  /** Seeds at start with SEED=1 instead of `npm run seed`. */
  seedAtStart?: boolean;
}

interface SeedData {
  entities: { entity: string; resource: string; rows: { id: string; values: Record<string, unknown> }[] }[];
}

const MINUTES = 60_000;
const PASSWORD = 'an-administrator-password';

/** What the API returns for a seeded value: files as metadata, link ids in any order. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as string[])].sort();
  if (value !== null && typeof value === 'object' && 'dataBase64' in value) {
    const { dataBase64: _bytes, ...metadata } = value as Record<string, unknown>;
    return metadata;
  }
  return value;
}

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, comparable(record[key])]));
}

async function expectSeededRecords(api: PlatformApi, seed: SeedData): Promise<void> {
  for (const entity of seed.entities) {
    const list = await api.call('GET', `/api/${entity.resource}?pageSize=100`);
    expect({ resource: entity.resource, status: list.status, total: list.body.total }).toEqual({
      resource: entity.resource,
      status: 200,
      total: entity.rows.length,
    });
    const [first] = entity.rows;
    if (!first) continue;
    const fetched = await api.call('GET', `/api/${entity.resource}/${first.id}`);
    const keys = Object.keys(first.values);
    expect({ resource: entity.resource, ...pick(fetched.body, keys) }).toEqual({
      resource: entity.resource,
      ...pick(first.values, keys),
    });
  }
}

export function describeGeneratedPlatform(scenario: PlatformScenario): void {
  describe(`the generated ${scenario.label} platform`, () => {
    const validation = validateBlueprint(scenario.blueprint);
    if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
    const blueprint = validation.blueprint;
    const adminEmail = `admin@${blueprint.slug}.local`;
    const encrypted = blueprint.entities.some((entity) =>
      entity.fields.some((field) => ['health', 'payment-card', 'secret'].includes(field.dataClass)),
    );
    let project: GeneratedProject;

    beforeAll(() => {
      project = writeProject(generateCodebase(blueprint), scenario.label);
    });

    afterAll(() => {
      project.remove();
    });

    it('type-checks under strict TypeScript, server and web', { timeout: 4 * MINUTES }, async () => {
      const [server, web] = await Promise.all([
        runTool(project.dir, 'tsc', ['--noEmit', '-p', 'tsconfig.json'], 4 * MINUTES),
        runTool(project.dir, 'tsc', ['--noEmit', '-p', 'web/tsconfig.json'], 4 * MINUTES),
      ]);
      expect(server.output).toBe('');
      expect(web.output).toBe('');
    });

    it(
      'is Prettier-formatted as emitted (server, shared code, seed data, tests and docs)',
      { timeout: MINUTES },
      async () => {
        const patterns = ['src/**/*.ts', 'src/**/*.json', 'test/**/*.ts', '*.ts', '*.json', '*.md', '*.yml'];
        const check = await runTool(project.dir, 'prettier', ['--check', ...patterns], MINUTES);
        expect(check.output).toContain('All matched files use Prettier code style!');
      },
    );

    it('passes its own generated tests', { timeout: 6 * MINUTES }, async () => {
      const run = await runTool(project.dir, 'vitest', ['run', '--reporter=dot'], 6 * MINUTES);
      expect(run.output).toMatch(/Tests\s+\d+ passed/);
      expect({ exitCode: run.exitCode, output: run.output }).toMatchObject({ exitCode: 0 });
    });

    it.runIf(encrypted)(
      'refuses to start without its encryption key, saying how to make one',
      { timeout: MINUTES },
      async () => {
        const result = await failedStart(project.dir, { DATA_DIR: path.join(project.dir, 'data-nokey') });
        expect(result.exitCode).toBe(1);
        expect(result.output).toContain('DATA_ENCRYPTION_KEY is not set');
        expect(result.output).toContain("randomBytes(32).toString('base64')");
      },
    );

    it(
      'seeds its database (twice, safely), then serves the seed, one entity and a valid OpenAPI document',
      { timeout: 3 * MINUTES },
      async () => {
        const env = {
          DATA_DIR: path.join(project.dir, 'data'),
          DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
          ADMIN_PASSWORD: PASSWORD,
        };
        const seed = JSON.parse(
          readFileSync(path.join(project.dir, 'src/server/seed/seed-data.json'), 'utf8'),
        ) as SeedData;
        const seedRows = seed.entities.reduce((sum, entity) => sum + entity.rows.length, 0);
        if (!scenario.seedAtStart) {
          const first = await runTool(project.dir, 'tsx', ['src/server/seed/main.ts'], MINUTES, env);
          expect(first.output).toContain(`Seeded ${seedRows} sample records (0 were already there).`);
          const again = await runTool(project.dir, 'tsx', ['src/server/seed/main.ts'], MINUTES, env);
          expect(again.output).toContain(`Seeded 0 sample records (${seedRows} were already there).`);
        }
        const server = await startProjectServer(project.dir, {
          ...env,
          ...(scenario.seedAtStart ? { SEED: '1' } : {}),
        });
        try {
          if (scenario.seedAtStart) expect(server.output()).toContain(`Seeded ${seedRows} sample records.`);
          const api = platformApi(server.url);
          expect((await api.signIn(adminEmail, PASSWORD)).status).toBe(200);
          await expectSeededRecords(api, seed);

          const created = await api.call('POST', `/api/${scenario.resource}`, scenario.body);
          expect(created.status).toBe(201);
          expect(created.body).toMatchObject(scenario.body);
          const list = await api.call(
            'GET',
            `/api/${scenario.resource}?q=${encodeURIComponent(scenario.searchFor)}`,
          );
          expect(list.status).toBe(200);
          expect((list.body.items as { id: string }[]).map((item) => item.id)).toEqual([created.body.id]);
          if (scenario.maskedInList) expect(JSON.stringify(list.body.items)).toContain('••••');
          const fetched = await api.call('GET', `/api/${scenario.resource}/${String(created.body.id)}`);
          expect(fetched.body).toMatchObject(scenario.body);
          await expectConsistentPaging(api, scenario.resource);

          const document = await api.call('GET', '/api/openapi.json');
          expect(await new Validator().validate(document.body)).toMatchObject({ valid: true });
        } finally {
          await server.stop();
        }
      },
    );
  });
}
