import { randomBytes } from 'node:crypto';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateBlueprint } from '../blueprint/index.js';
import { clinicBlueprint } from '../blueprint/examples/clinic.js';
import type { BlueprintInput } from '../contracts/index.js';
import { generateCodebase } from './index.js';
import { bookshopBlueprint } from './test-fixtures/bookshop.js';
import {
  failedStart,
  runTool,
  startProjectServer,
  writeProject,
  type GeneratedProject,
} from './testing/generated-project.js';

/** One entity per Blueprint to exercise over HTTP, with a valid body. */
interface Scenario {
  label: string;
  blueprint: BlueprintInput;
  adminEmail: string;
  resource: string;
  body: Record<string, unknown>;
  searchFor: string;
}

const scenarios: Scenario[] = [
  {
    label: 'clinic',
    blueprint: clinicBlueprint,
    adminEmail: 'admin@city-clinic.local',
    resource: 'patients',
    body: { fullName: 'Noura Al-Qahtani', nationalId: '1098765432', medicalHistory: 'Asthma since 2012' },
    searchFor: 'noura',
  },
  {
    label: 'bookshop',
    blueprint: bookshopBlueprint,
    adminEmail: 'admin@corner-bookshop.local',
    resource: 'customers',
    body: { fullName: 'Inês Duarte', email: 'ines@example.pt', cardNumber: '4111111111111111' },
    searchFor: 'duarte',
  },
];

const MINUTES = 60_000;

describe.each(scenarios)('the generated $label platform', (scenario) => {
  let project: GeneratedProject;

  beforeAll(() => {
    const validation = validateBlueprint(scenario.blueprint);
    if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
    project = writeProject(generateCodebase(validation.blueprint), scenario.label);
  });

  afterAll(() => {
    project.remove();
  });

  it('type-checks under strict TypeScript, server and web', { timeout: 3 * MINUTES }, async () => {
    const server = await runTool(project.dir, 'tsc', ['--noEmit', '-p', 'tsconfig.json'], 3 * MINUTES);
    expect(server.output).toBe('');
    const web = await runTool(project.dir, 'tsc', ['--noEmit', '-p', 'web/tsconfig.json'], 3 * MINUTES);
    expect(web.output).toBe('');
  });

  it(
    'is Prettier-formatted as emitted (server, shared code, tests and docs)',
    { timeout: MINUTES },
    async () => {
      const patterns = ['src/**/*.ts', 'test/**/*.ts', '*.ts', '*.json', '*.md', '*.yml'];
      const check = await runTool(project.dir, 'prettier', ['--check', ...patterns], MINUTES);
      expect(check.output).toContain('All matched files use Prettier code style!');
    },
  );

  it('passes its own generated tests', { timeout: 5 * MINUTES }, async () => {
    const run = await runTool(project.dir, 'vitest', ['run', '--reporter=dot'], 5 * MINUTES);
    expect(run.output).toMatch(/Tests\s+\d+ passed/);
    expect({ exitCode: run.exitCode, output: run.output }).toMatchObject({ exitCode: 0 });
  });

  it(
    'refuses to start without an encryption key, saying how to make one',
    { timeout: 2 * MINUTES },
    async () => {
      const result = await failedStart(project.dir, { DATA_DIR: `${project.dir}/data-nokey` });
      expect(result.exitCode).toBe(1);
      expect(result.output).toContain('DATA_ENCRYPTION_KEY is not set');
      expect(result.output).toContain("randomBytes(32).toString('base64')");
    },
  );

  it('serves one entity over HTTP and a valid OpenAPI document', { timeout: 3 * MINUTES }, async () => {
    const password = 'an-administrator-password';
    const server = await startProjectServer(project.dir, {
      DATA_DIR: `${project.dir}/data`,
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ADMIN_PASSWORD: password,
    });
    try {
      const call = async (method: string, path: string, token?: string, body?: unknown) => {
        const response = await fetch(server.url + path, {
          method,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
        });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const login = await call('POST', '/api/auth/login', undefined, {
        email: scenario.adminEmail,
        password,
      });
      expect(login.status).toBe(200);
      const token = String(login.body.token);

      const created = await call('POST', `/api/${scenario.resource}`, token, scenario.body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject(scenario.body);

      const list = await call('GET', `/api/${scenario.resource}?q=${scenario.searchFor}`, token);
      expect(list.status).toBe(200);
      const items = list.body.items as { id: string }[];
      expect(items.map((item) => item.id)).toEqual([created.body.id]);
      expect(JSON.stringify(list.body.items)).toContain('••••');

      const fetched = await call('GET', `/api/${scenario.resource}/${String(created.body.id)}`, token);
      expect(fetched.body).toMatchObject(scenario.body);

      const document = await call('GET', '/api/openapi.json');
      const validation = await new Validator().validate(document.body);
      expect(validation).toMatchObject({ valid: true });
    } finally {
      await server.stop();
    }
  });
});
