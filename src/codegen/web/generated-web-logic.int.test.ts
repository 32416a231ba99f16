/**
 * Runs the generated app's pure logic (menu gating, form values) against the generated shared
 * schemas, straight from a generated project on disk: where the web and server halves meet.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinic } from './test-support.js';
import { writeProject, type WrittenProject } from './write-project.js';

type Scope = 'all' | 'own' | null;
type Permissions = Record<string, Partial<Record<'create' | 'read' | 'update' | 'delete', Scope>>>;
interface Page {
  name: string;
  entity?: string;
  roles: string[];
}
interface NavigationModule {
  visibleMenu: (access: {
    can: (entity: string, action: 'read') => boolean;
    hasSomeRole: (roles: readonly string[]) => boolean;
  }) => { pages: Page[] }[];
}
interface ConfigModule {
  roleClosure: Record<string, string[]>;
}
interface FormValuesModule {
  initialFormValues: (
    fields: unknown[],
    references: unknown[],
    record?: Record<string, unknown>,
  ) => Record<string, unknown>;
  buildPayload: (
    fields: unknown[],
    references: unknown[],
    values: Record<string, unknown>,
    initial: Record<string, unknown> | null,
  ) => { body: Record<string, unknown>; invalid: string[] };
}
interface SchemaModule {
  appointmentCreateSchema: { safeParse: (value: unknown) => { success: boolean } };
  appointmentUpdateSchema: { safeParse: (value: unknown) => { success: boolean } };
}

let project: WrittenProject;
const load = <T>(file: string) =>
  import(pathToFileURL(path.join(project.directory, file)).href) as Promise<T>;

beforeAll(async () => {
  project = await writeProject(clinic());
});

afterAll(async () => {
  await project.remove();
});

describe('the generated menu', () => {
  const menuFor = async (roles: string[], permissions: Permissions) => {
    const { visibleMenu } = await load<NavigationModule>('web/src/lib/navigation.ts');
    const { roleClosure } = await load<ConfigModule>('web/src/app-config.ts');
    const held = new Set(roles.flatMap((role) => roleClosure[role] ?? [role]));
    const access = {
      can: (entity: string, action: 'read') => (permissions[entity]?.[action] ?? null) !== null,
      hasSomeRole: (wanted: readonly string[]) =>
        wanted.length === 0 || wanted.some((role) => held.has(role)),
    };
    return visibleMenu(access).flatMap((group) => group.pages.map((page) => page.name));
  };

  it('hides pages whose entity the role may not read, and pages meant for other roles', async () => {
    const receptionist = await menuFor(['receptionist'], {
      patients: { read: 'all' },
      doctors: { read: 'all' },
      appointments: { read: 'all' },
      prescriptions: { read: null },
    });
    expect(receptionist).toEqual(['dashboard', 'patients', 'appointments', 'doctors']);
  });

  it('shows a page limited to a role to the roles that inherit it', async () => {
    const permissions: Permissions = { patients: { read: 'all' }, prescriptions: { read: 'all' } };
    expect(await menuFor(['admin'], permissions)).toContain('prescriptions');
    expect(await menuFor(['receptionist'], permissions)).not.toContain('prescriptions');
  });
});

describe('the generated form values, checked by the generated shared schema', () => {
  const appointmentConfig = async () => {
    const source = await load<{ appointmentConfig: { fields: unknown[]; references: unknown[] } }>(
      'web/src/entities/appointment.tsx',
    );
    return source.appointmentConfig;
  };

  it('turns what the inputs hold into a body the create schema accepts', async () => {
    const { initialFormValues, buildPayload } = await load<FormValuesModule>('web/src/lib/form-values.ts');
    const { appointmentCreateSchema } = await load<SchemaModule>('src/shared/appointment.schema.ts');
    const { fields, references } = await appointmentConfig();
    const values = {
      ...initialFormValues(fields, references),
      scheduledAt: '2026-03-01T09:30',
      fee: ' 150.00 ',
      patientId: '0190f0f6-7d1a-7c4e-9a61-3f3c8a1b2c3d',
      doctorId: '0190f0f6-7d1a-7c4e-9a61-3f3c8a1b2c3e',
    };
    const { body, invalid } = buildPayload(fields, references, values, null);
    expect(invalid).toEqual([]);
    expect(body).toMatchObject({ status: 'booked', fee: '150.00' });
    expect(body.scheduledAt).toMatch(/^2026-0[23]-\d\dT\d\d:\d\d:00\.000Z$/);
    expect(body).not.toHaveProperty('notes');
    expect(appointmentCreateSchema.safeParse(body).success).toBe(true);
  });

  it('sends only what changed on an edit, and null for a cleared optional value', async () => {
    const { initialFormValues, buildPayload } = await load<FormValuesModule>('web/src/lib/form-values.ts');
    const { appointmentUpdateSchema } = await load<SchemaModule>('src/shared/appointment.schema.ts');
    const { fields, references } = await appointmentConfig();
    const record = {
      id: '0190f0f6-7d1a-7c4e-9a61-3f3c8a1b2c40',
      scheduledAt: '2026-03-01T09:30:00.000Z',
      status: 'booked',
      fee: '150.00',
      notes: 'Fasting',
      patientId: '0190f0f6-7d1a-7c4e-9a61-3f3c8a1b2c3d',
      doctorId: '0190f0f6-7d1a-7c4e-9a61-3f3c8a1b2c3e',
    };
    const initial = initialFormValues(fields, references, record);
    const edited = { ...initial, status: 'completed', notes: '' };
    const { body } = buildPayload(fields, references, edited, initial);
    expect(body).toEqual({ status: 'completed', notes: null });
    expect(appointmentUpdateSchema.safeParse(body).success).toBe(true);
  });

  it('refuses a required value left empty through the create schema', async () => {
    const { initialFormValues, buildPayload } = await load<FormValuesModule>('web/src/lib/form-values.ts');
    const { appointmentCreateSchema } = await load<SchemaModule>('src/shared/appointment.schema.ts');
    const { fields, references } = await appointmentConfig();
    const { body } = buildPayload(fields, references, initialFormValues(fields, references), null);
    expect(appointmentCreateSchema.safeParse(body).success).toBe(false);
  });
});
