import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../blueprint/index.js';
import type { Blueprint } from '../../contracts/index.js';
import { analyzeOffline } from './index.js';

const BASE = analyzeOffline({
  message:
    'A clinic for patients, doctors, appointments and invoices. Each appointment belongs to a patient and a doctor.',
  current: null,
  history: [],
}).blueprint;

const revise = (message: string, current: Blueprint = BASE) => {
  const result = analyzeOffline({ message, current: structuredClone(current), history: [] });
  expect(validateBlueprint(result.blueprint).ok).toBe(true);
  return result;
};
const entity = (blueprint: Blueprint, name: string) => blueprint.entities.find((e) => e.name === name);
const names = (blueprint: Blueprint) => blueprint.entities.map((e) => e.name);
const mentionsEntity = (blueprint: Blueprint, name: string) =>
  blueprint.relations.some((r) => r.from === name || r.to === name) ||
  blueprint.roles.some((r) => r.permissions.some((p) => p.entity === name)) ||
  blueprint.pages.some((p) => p.entity === name);

describe('offline analyzer: revisions', () => {
  it('has a base clinic without Arabic, a pharmacy or unique doctors', () => {
    expect(names(BASE)).toEqual(['Patient', 'Doctor', 'Appointment', 'Invoice']);
    expect(BASE.locales).toEqual(['en']);
  });

  it.each([
    ['English', 'add a pharmacy with medicines and stock'],
    ['Arabic', 'أضف صيدلية مع الأدوية والمخزون'],
  ])('adds entities with relations, permissions and pages (%s)', (_language, message) => {
    const { blueprint, inferences } = revise(message);
    expect(names(blueprint)).toEqual([...names(BASE), 'Medicine', 'StockItem']);
    expect(blueprint.relations).toContainEqual(
      expect.objectContaining({ from: 'StockItem', to: 'Medicine', kind: 'belongs-to' }),
    );
    for (const role of blueprint.roles)
      expect(
        role.permissions.some((p) => p.entity === 'StockItem'),
        role.name,
      ).toBe(true);
    expect(blueprint.pages.map((p) => p.entity)).toEqual(expect.arrayContaining(['Medicine', 'StockItem']));
    expect(entity(blueprint, 'Patient')).toEqual(entity(BASE, 'Patient'));
    expect(inferences.some((i) => i.kind === 'entity' && i.subject === 'Medicine')).toBe(true);
  });

  it.each([
    ['English', "patients' national id is unique", 'Patient', 'nationalId'],
    ['Arabic', 'رقم الهوية للمرضى فريد', 'Patient', 'nationalId'],
    ['English, field created', "doctors' badge number is unique", 'Doctor', 'badgeNumber'],
    ['Arabic, field created', 'رقم الهوية للأطباء فريد', 'Doctor', 'nationalId'],
  ])('makes a field unique (%s)', (_case, message, entityName, field) => {
    const base = structuredClone(BASE);
    const patient = entity(base, 'Patient')!;
    patient.fields.find((f) => f.name === 'nationalId')!.unique = false;
    const { blueprint } = revise(message, base);
    expect(entity(blueprint, entityName)?.fields.find((f) => f.name === field)?.unique).toBe(true);
    expect(names(blueprint)).toEqual(names(BASE));
  });

  it.each([
    ['English', 'remove invoices'],
    ['Arabic', 'احذف الفواتير'],
  ])('removes an entity with its relations, permissions, pages and navigation (%s)', (_language, message) => {
    const { blueprint, summary } = revise(message);
    expect(names(blueprint)).toEqual(['Patient', 'Doctor', 'Appointment']);
    expect(mentionsEntity(blueprint, 'Invoice')).toBe(false);
    expect(blueprint.navigation.map((n) => n.page)).not.toContain('invoices');
    expect(entity(blueprint, 'Appointment')).toEqual(entity(BASE, 'Appointment'));
    expect(summary).not.toBe('');
  });

  it('removes only a field when the message names one, and never the entity for a missing field', () => {
    expect(
      entity(revise('remove the email field from patients').blueprint, 'Patient')?.fields.map((f) => f.name),
    ).not.toContain('email');
    expect(names(revise('remove the fax field from patients').blueprint)).toEqual(names(BASE));
  });

  it.each([
    ['English', 'rename doctors to physicians', 'Physician'],
    ['Arabic', 'أعد تسمية المرضى إلى العملاء', 'Customer'],
  ])('renames an entity everywhere and returns a rename hint (%s)', (_language, message, to) => {
    const { blueprint, renames } = revise(message);
    const from = message.includes('doctors') ? 'Doctor' : 'Patient';
    expect(names(blueprint)).toContain(to);
    expect(names(blueprint)).not.toContain(from);
    expect(mentionsEntity(blueprint, from)).toBe(false);
    expect(mentionsEntity(blueprint, to)).toBe(true);
    expect(renames?.entities).toEqual([{ from, to }]);
  });

  it.each([
    ['English', "rename the patient's phone to mobile number", 'Patient', 'phone', 'mobileNumber'],
    ['Arabic', 'أعد تسمية ملاحظات الموعد إلى الوصف', 'Appointment', 'notes', 'description'],
  ])('renames a field and returns a rename hint (%s)', (_language, message, entityName, from, to) => {
    const { blueprint, renames } = revise(message);
    const fields = entity(blueprint, entityName)!.fields.map((f) => f.name);
    expect(fields).toContain(to);
    expect(fields).not.toContain(from);
    expect(renames?.fields).toEqual([{ entity: entityName, from, to }]);
  });

  it.each([
    ['English', "make the patient's phone mandatory", 'Patient', 'phone'],
    ['English', 'the appointment reason is required', 'Appointment', 'reason'],
    ['Arabic', 'اجعل سبب الموعد إلزاميا', 'Appointment', 'reason'],
  ])('makes a field required (%s)', (_language, message, entityName, field) => {
    expect(entity(BASE, entityName)?.fields.find((f) => f.name === field)?.required).toBe(false);
    const { blueprint } = revise(message);
    expect(entity(blueprint, entityName)?.fields.find((f) => f.name === field)?.required).toBe(true);
  });

  it.each([
    ['English', 'we are in Saudi Arabia'],
    ['Arabic', 'نحن في السعودية'],
  ])('moves the platform to Saudi Arabia with Arabic labels for everything (%s)', (_language, message) => {
    const { blueprint, inferences } = revise(message);
    expect(blueprint.compliance).toEqual(expect.arrayContaining(['PDPL', 'NCA-ECC']));
    expect(blueprint.deployment.dataResidency).toBe('SA');
    expect(blueprint.locales).toEqual(expect.arrayContaining(['ar', 'en']));
    expect(blueprint.defaultLocale).toBe('ar');
    for (const e of blueprint.entities) {
      expect(e.label.ar).toBeTruthy();
      for (const f of e.fields) expect(f.label.ar, `${e.name}.${f.name}`).toBeTruthy();
    }
    expect(entity(blueprint, 'Patient')?.pluralLabel.ar).toBe('المرضى');
    expect(blueprint.roles.every((r) => r.label.ar)).toBe(true);
    expect(inferences.find((i) => i.kind === 'compliance' && i.subject === 'PDPL')?.reason).toBeTruthy();
  });

  it.each([
    ['English', 'add Arabic'],
    ['Arabic', 'أضف اللغة العربية'],
  ])('adds the Arabic locale and labels (%s)', (_language, message) => {
    const { blueprint } = revise(message);
    expect(blueprint.locales).toEqual(['en', 'ar']);
    expect(blueprint.defaultLocale).toBe('en');
    expect(entity(blueprint, 'Appointment')?.label.ar).toBe('موعد');
    expect(blueprint.pages.every((p) => p.title.ar)).toBe(true);
    expect(names(blueprint)).toEqual(names(BASE));
  });

  it.each([
    ['English', 'use Stripe for payments'],
    ['Arabic', 'استخدم Stripe للمدفوعات'],
  ])('sets the payment provider, replacing another one (%s)', (_language, message) => {
    const withPaypal = structuredClone(BASE);
    withPaypal.integrations = [{ category: 'payment', provider: 'paypal' }];
    const { blueprint } = revise(message, withPaypal);
    expect(blueprint.integrations).toEqual([
      expect.objectContaining({ category: 'payment', provider: 'stripe' }),
    ]);
    expect(blueprint.compliance).toContain('PCI-DSS');
    expect(names(blueprint)).toEqual(names(BASE));
  });

  it.each([
    ['English', 'hello there, how are you?'],
    ['Arabic', 'مرحبا كيف حالك'],
  ])('changes nothing, says so and asks, for a message it cannot map (%s)', (language, message) => {
    const result = revise(message);
    expect(result.blueprint).toEqual(validateBlueprint(BASE).ok ? BASE : undefined);
    expect(result.openQuestions).toHaveLength(1);
    expect(result.summary).toMatch(language === 'English' ? /did not understand/ : /لم أفهم/);
  });

  it('applies several edits in one message', () => {
    const { blueprint } = revise('add invoices with amount and status paid/unpaid and remove appointments');
    expect(names(blueprint)).toEqual(['Patient', 'Doctor', 'Invoice']);
    expect(
      entity(blueprint, 'Invoice')
        ?.fields.find((f) => f.name === 'status')
        ?.values?.map((v) => v.value),
    ).toEqual(['paid', 'unpaid']);
  });

  it('is deterministic for revisions too', () => {
    const message = 'add a pharmacy with medicines and stock';
    expect(JSON.stringify(revise(message))).toBe(JSON.stringify(revise(message)));
  });
});
