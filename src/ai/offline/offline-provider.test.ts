import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../blueprint/index.js';
import type { LocalizedText } from '../../contracts/index.js';
import { isAppError } from '../../kernel/index.js';
import { analyzeOffline, createOfflineProvider } from './index.js';

const draft = (message: string) => analyzeOffline({ message, current: null, history: [] });

const CLINIC =
  'A clinic system in Riyadh for patients, doctors, appointments and prescriptions. Each appointment belongs to a patient and a doctor. ' +
  'Invoices with amount, due date and status paid/unpaid. Patients pay with mada. We deploy on kubernetes.';

function everyLabel(value: unknown, found: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(value)) for (const item of value) everyLabel(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (['label', 'pluralLabel', 'title', 'group'].includes(key) && inner && typeof inner === 'object')
        found.push(inner as LocalizedText);
      else everyLabel(inner, found);
    }
  }
  return found;
}

describe('offline analyzer: new platforms', () => {
  it('is deterministic: the same message gives byte-identical results', () => {
    expect(JSON.stringify(draft(CLINIC))).toBe(JSON.stringify(draft(CLINIC)));
    const arabic = 'نظام عيادة في جدة للمرضى والأطباء والمواعيد';
    expect(JSON.stringify(draft(arabic))).toBe(JSON.stringify(draft(arabic)));
  });

  it('reads entities, listed fields with types and enum values, and stated relations', () => {
    const { blueprint } = draft(CLINIC);
    expect(blueprint.domain).toBe('healthcare');
    expect(blueprint.entities.map((e) => e.name)).toEqual([
      'Patient',
      'Doctor',
      'Appointment',
      'Prescription',
      'Invoice',
    ]);
    const invoice = blueprint.entities.find((e) => e.name === 'Invoice')!;
    expect(invoice.fields.find((f) => f.name === 'amount')).toMatchObject({ type: 'money', currency: 'SAR' });
    expect(invoice.fields.find((f) => f.name === 'dueDate')?.type).toBe('date');
    expect(invoice.fields.find((f) => f.name === 'status')?.values?.map((v) => v.value)).toEqual([
      'paid',
      'unpaid',
    ]);
    const appointmentLinks = blueprint.relations
      .filter((r) => r.from === 'Appointment')
      .map((r) => `${r.kind}:${r.to}`);
    expect(appointmentLinks).toEqual(['belongs-to:Patient', 'belongs-to:Doctor']);
  });

  it('infers Saudi compliance, residency, Arabic locale, the mada gateway and deployment targets, with reasons', () => {
    const result = draft(CLINIC);
    const { blueprint } = result;
    expect(blueprint.compliance).toEqual(expect.arrayContaining(['HIPAA', 'PCI-DSS', 'PDPL', 'NCA-ECC']));
    expect(blueprint.deployment).toEqual({ targets: ['local', 'kubernetes'], dataResidency: 'SA' });
    expect(blueprint.defaultLocale).toBe('ar');
    expect(blueprint.integrations).toContainEqual(
      expect.objectContaining({ category: 'payment', provider: 'moyasar' }),
    );
    const kinds = new Set(result.inferences.map((i) => i.kind));
    for (const kind of [
      'domain',
      'entity',
      'field',
      'enum',
      'relation',
      'role',
      'compliance',
      'integration',
      'residency',
      'locale',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(result.inferences.find((i) => i.kind === 'integration')?.reason).toMatch(/mada/i);
    expect(result.inferences.find((i) => i.subject === 'HIPAA')?.reason).toMatch(/health data/);
    expect(result.inferences.every((i) => i.reason.length > 0)).toBe(true);
  });

  it('gives Arabic labels to everything when Arabic is a locale', () => {
    const { blueprint } = draft(CLINIC);
    const labels = everyLabel(blueprint);
    expect(labels.length).toBeGreaterThan(50);
    for (const label of labels) expect(label.ar, JSON.stringify(label)).toBeTruthy();
    expect(blueprint.entities.find((e) => e.name === 'Patient')?.pluralLabel.ar).toBe('المرضى');
  });

  it('implies the usual entities of a domain from one word, and says the pack supplied them', () => {
    const result = draft('Booking app for a dental clinic.');
    expect(result.blueprint.entities.map((e) => e.name)).toEqual(['Patient', 'Doctor', 'Appointment']);
    expect(result.inferences.find((i) => i.subject === 'Patient')?.reason).toMatch(/knowledge pack/);
  });

  it('makes entities of plural nouns no lexicon knows, with default fields', () => {
    const { blueprint } = draft(
      'We operate a fleet of drones and pilots. Each flight belongs to a drone and a pilot.',
    );
    expect(blueprint.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Drone', 'Pilot', 'Flight']),
    );
    expect(blueprint.relations.some((r) => r.from === 'Flight' && r.to === 'Drone')).toBe(true);
    expect(blueprint.entities.find((e) => e.name === 'Pilot')?.fields[0]).toMatchObject({
      name: 'fullName',
      dataClass: 'personal',
    });
  });

  it('reads Arabic broken plurals and answers in Arabic with an ASCII slug', () => {
    const result = draft('نظام لإدارة المرضى والأطباء والمواعيد والفواتير والطلاب والموظفين');
    expect(result.blueprint.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Patient', 'Doctor', 'Appointment', 'Invoice', 'Student', 'Employee']),
    );
    expect(result.blueprint.slug).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(result.blueprint.locales).toContain('ar');
    expect(result.summary).toMatch(/[\u0600-\u06FF]/);
    expect(result.openQuestions.every((q) => /[\u0600-\u06FF]/.test(q))).toBe(true);
  });

  it.each([
    ['A clinic where a patient has many visits.', 'Patient', 'Visit', 'has-many'],
    ['A university where students enrol in courses.', 'Student', 'Course', 'many-to-many'],
    ['A club whose members can belong to many events.', 'Member', 'Event', 'many-to-many'],
    ['A shop that sends one invoice per order.', 'Invoice', 'Order', 'belongs-to'],
    ['عيادة: كل موعد مرتبط بمريض', 'Appointment', 'Patient', 'belongs-to'],
    ['عيادة: لكل مريض عدة زيارات', 'Patient', 'Visit', 'has-many'],
    ['جامعة يسجل الطلاب فيها في المقررات، الطلاب يسجلون في المقررات', 'Student', 'Course', 'many-to-many'],
  ])('reads the relation stated in "%s"', (message, from, to, kind) => {
    const result = draft(message);
    expect(result.blueprint.relations).toContainEqual(expect.objectContaining({ from, to, kind }));
    expect(result.inferences.find((i) => i.subject === `${from}->${to}`)?.reason).toMatch(/stated/);
  });

  it('reads the Arabic words of the lexicon, broken plurals included, choosing by domain', () => {
    const names = (message: string) => draft(message).blueprint.entities.map((e) => e.name);
    expect(names('متجر إلكتروني للمنتجات والطلبات')).toEqual(expect.arrayContaining(['Product', 'Order']));
    expect(names('بوابة حكومية للمواطنين وطلباتهم')).toEqual(
      expect.arrayContaining(['Citizen', 'Application']),
    );
    expect(names('أكاديمية للطلاب والدورات والمقررات')).toEqual(
      expect.arrayContaining(['Student', 'Course']),
    );
    expect(names('نظام للموظفين والأقسام')).toEqual(expect.arrayContaining(['Employee', 'Department']));
  });

  it('types fields by name and classes them by meaning', () => {
    const { blueprint } = draft(
      'A shop where customers have email, phone, national id, password and is vip; orders have quantity, notes, card number and created on date.',
    );
    const customer = blueprint.entities.find((e) => e.name === 'Customer')!;
    const byName = (entity: typeof customer, name: string) => entity.fields.find((f) => f.name === name);
    expect(byName(customer, 'email')).toMatchObject({ type: 'email', dataClass: 'personal' });
    expect(byName(customer, 'phone')).toMatchObject({ type: 'phone', dataClass: 'personal' });
    expect(byName(customer, 'nationalId')?.dataClass).toBe('personal');
    expect(byName(customer, 'password')?.dataClass).toBe('secret');
    expect(byName(customer, 'isVip')?.type).toBe('boolean');
    const order = blueprint.entities.find((e) => e.name === 'Order')!;
    expect(byName(order, 'quantity')?.type).toBe('integer');
    expect(byName(order, 'notes')?.type).toBe('text');
    expect(byName(order, 'cardNumber')?.dataClass).toBe('payment-card');
    expect(blueprint.compliance).toContain('PCI-DSS');
  });

  it('marks fields the text calls unique', () => {
    const { blueprint } = draft('Citizens with a unique national id and a phone.');
    expect(
      blueprint.entities.find((e) => e.name === 'Citizen')?.fields.find((f) => f.name === 'nationalId')
        ?.unique,
    ).toBe(true);
  });

  it('streams the summary through onText in more than one piece', async () => {
    const pieces: string[] = [];
    const result = await createOfflineProvider().analyze({
      message: CLINIC,
      current: null,
      history: [],
      onText: (d) => pieces.push(d),
    });
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(result.summary);
  });

  it('adds an EU residency and GDPR for European platforms', () => {
    const { blueprint } = draft('A CRM for a sales team in Berlin with leads and customers.');
    expect(blueprint.compliance).toContain('GDPR');
    expect(blueprint.deployment.dataResidency).toBe('EU');
  });

  it('passes validateBlueprint on everything it returns', () => {
    expect(validateBlueprint(draft(CLINIC).blueprint).ok).toBe(true);
  });
});

describe('offline analyzer: languages', () => {
  const refused = (message: string) => {
    try {
      draft(message);
    } catch (error) {
      return isAppError(error) ? { code: error.code, hint: error.hint } : { code: 'other', hint: undefined };
    }
    return undefined;
  };

  it.each([
    ['French', 'Un système de gestion pour une clinique avec des patients et des rendez-vous.'],
    ['Spanish', 'Un sistema para la gestión de pacientes y citas de una clínica.'],
    ['German', 'Eine Verwaltung für die Patienten und Termine einer Klinik mit Rechnungen.'],
    ['Chinese', '一个管理诊所病人和预约的系统'],
    ['Russian', 'Система для управления пациентами и записями в клинике'],
    ['Hindi', 'क्लिनिक के मरीजों और अपॉइंटमेंट के लिए एक प्रणाली'],
  ])('refuses %s with a hint to write in English or Arabic', (_language, message) => {
    expect(refused(message)).toEqual({
      code: 'unprocessable',
      hint: 'Describe the platform in English or Arabic.',
    });
  });

  it('accepts English with accented names, and a message without letters', () => {
    expect(refused('Café Müller needs an ordering system for products and customers.')).toBeUndefined();
    const placeholder = draft('12345');
    expect(placeholder.blueprint.entities.map((e) => e.name)).toEqual(['Item']);
    expect(placeholder.openQuestions.join(' ')).toMatch(/main things/);
  });

  it('accepts English, Arabic, and Arabic mixed with English', () => {
    expect(refused('A clinic for patients.')).toBeUndefined();
    expect(refused('عيادة للمرضى')).toBeUndefined();
    expect(draft('عيادة أسنان with online booking للمرضى').blueprint.defaultLocale).toBe('ar');
  });
});
