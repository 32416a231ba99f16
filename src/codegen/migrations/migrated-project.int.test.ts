import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCodebase } from '../index.js';
import {
  runTool,
  startProjectServer,
  writeProject,
  type GeneratedProject,
  type StartedServer,
} from '../testing/generated-project.js';
import { generateMigration, withMigration } from './index.js';
import { clinicV1, evolutions } from './testing/clinic-evolutions.js';

const MINUTES = 60_000;
const renaming = evolutions.find((evolution) => evolution.label.startsWith('rename'));
if (!renaming) throw new Error('the rename evolution is missing');

type Json = Record<string, unknown>;

function client(server: StartedServer) {
  let token: string | undefined;
  const call = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(server.url + route, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  return {
    call,
    async login(password: string) {
      const login = await call('POST', '/api/auth/login', { email: 'admin@city-clinic.local', password });
      expect(login.status).toBe(200);
      token = String(login.body.token);
    },
  };
}

/**
 * The whole upgrade as a user lives it: v1 runs and stores records through its API; v2, generated
 * with the migration, starts on the same data directory, migrates it, and serves the old records
 * under their new names. v2's own generated tests then run on a schema built by v1's initial
 * migration plus this one, as every fresh install of v2 builds it.
 */
describe('upgrading a running clinic from v1 to v2 (rename a field and an entity)', () => {
  const password = 'an-administrator-password';
  const env = (dataDir: string) => ({
    DATA_DIR: dataDir,
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ADMIN_PASSWORD: password,
  });
  let v1: GeneratedProject;
  let v2: GeneratedProject;
  let settings: Record<string, string>;

  beforeAll(() => {
    v1 = writeProject(generateCodebase(clinicV1), 'migration-v1');
    const migration = generateMigration(clinicV1, renaming.after, { hints: renaming.hints });
    v2 = writeProject(
      withMigration(generateCodebase(renaming.after), generateCodebase(clinicV1).files, migration),
      'migration-v2',
    );
    settings = env(path.join(v1.dir, 'data'));
  });

  afterAll(() => {
    v1.remove();
    v2.remove();
  });

  it(
    'serves the records v1 stored, under v2 names, after migrating at startup',
    { timeout: 4 * MINUTES },
    async () => {
      const first = await startProjectServer(v1.dir, settings);
      let patient: Json;
      let prescription: Json;
      try {
        const api = client(first);
        await api.login(password);
        patient = (
          await api.call('POST', '/api/patients', {
            fullName: 'Noura Al-Qahtani',
            nationalId: '1098765432',
            phone: '+966500000001',
            medicalHistory: 'Asthma since 2012',
          })
        ).body;
        const doctor = (
          await api.call('POST', '/api/doctors', { fullName: 'Dr. Sara', specialty: 'cardiology' })
        ).body;
        const appointment = await api.call('POST', '/api/appointments', {
          scheduledAt: '2026-01-05T09:00:00.000Z',
          patientId: patient.id,
          doctorId: doctor.id,
        });
        expect(appointment.status).toBe(201);
        const created = await api.call('POST', '/api/prescriptions', {
          medication: 'Salbutamol',
          appointmentId: appointment.body.id,
        });
        expect(created.status).toBe(201);
        prescription = created.body;
      } finally {
        await first.stop();
      }

      const second = await startProjectServer(v2.dir, settings);
      try {
        const api = client(second);
        await api.login(password);
        const read = await api.call('GET', `/api/patients/${String(patient.id)}`);
        expect(read.status).toBe(200);
        expect(read.body).toMatchObject({
          fullName: 'Noura Al-Qahtani',
          mobile: '+966500000001',
          medicalHistory: 'Asthma since 2012',
        });
        expect(read.body).not.toHaveProperty('phone');
        const order = await api.call('GET', `/api/medication-orders/${String(prescription.id)}`);
        expect(order).toMatchObject({ status: 200, body: { medication: 'Salbutamol' } });
        const added = await api.call('POST', '/api/medication-orders', {
          medication: 'Ibuprofen',
          appointmentId: prescription.appointmentId,
        });
        expect(added.status).toBe(201);
      } finally {
        await second.stop();
      }
    },
  );

  it(
    'passes its own generated tests on the schema the migration builds',
    { timeout: 6 * MINUTES },
    async () => {
      const run = await runTool(v2.dir, 'vitest', ['run', '--reporter=dot'], 6 * MINUTES);
      expect(run.output).toMatch(/Tests\s+\d+ passed/);
      expect({ exitCode: run.exitCode, output: run.output }).toMatchObject({ exitCode: 0 });
    },
  );
});
