import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/index.js';
import { arabicStore, clinic } from './test-support.js';
import { listColumnsOf, roleClosureOf, webNavigationOf, webPagesOf } from './web-model.js';

describe('roleClosureOf', () => {
  it('gives each role every role it inherits, through any depth', () => {
    expect(roleClosureOf(clinic())).toEqual({
      admin: ['admin', 'doctor', 'receptionist'],
      doctor: ['doctor', 'receptionist'],
      receptionist: ['receptionist'],
    });
  });
});

describe('webPagesOf and webNavigationOf', () => {
  it("keeps the Blueprint's pages and menu, naming entities by their API path", () => {
    const model = buildModel(clinic());
    const pages = webPagesOf(model);
    expect(pages.map((page) => page.path)).toEqual([
      '/',
      '/patients',
      '/doctors',
      '/appointments',
      '/prescriptions',
    ]);
    expect(pages.find((page) => page.name === 'prescriptions')).toMatchObject({
      entity: 'prescriptions',
      roles: ['doctor'],
    });
    expect(webNavigationOf(model, pages).map((item) => item.page)).toEqual([
      'dashboard',
      'patients',
      'appointments',
      'doctors',
      'prescriptions',
    ]);
  });

  it('adds a start page and a list page per entity when the Blueprint has none', () => {
    const model = buildModel(arabicStore());
    const pages = webPagesOf(model);
    expect(pages[0]).toMatchObject({
      name: 'dashboard',
      kind: 'dashboard',
      path: '/',
      title: { ar: 'لوحة التحكم' },
    });
    expect(pages.slice(1).map((page) => [page.path, page.entity])).toEqual([
      ['/customers', 'customers'],
      ['/orders', 'orders'],
      ['/tags', 'tags'],
      ['/loyalty-cards', 'loyalty-cards'],
      ['/support-notes', 'support-notes'],
    ]);
    expect(webNavigationOf(model, pages)).toHaveLength(pages.length);
  });

  it('adds a start page under a free name when a Blueprint page already takes "dashboard"', () => {
    const blueprint = clinic();
    blueprint.pages = blueprint.pages.filter((page) => page.path !== '/');
    blueprint.pages.push({
      name: 'dashboard',
      title: { en: 'Board' },
      kind: 'custom',
      path: '/board',
      roles: [],
    });
    const pages = webPagesOf(buildModel(blueprint));
    expect(pages[0]).toMatchObject({ name: 'dashboard2', path: '/' });
  });
});

describe('listColumnsOf', () => {
  it('shows the display field first, short fields next, then the records pointed at', () => {
    const model = buildModel(clinic());
    const columns = (name: string) =>
      listColumnsOf(model.entities.find((entity) => entity.names.pascal === name)!);
    expect(columns('Patient')).toEqual(['fullName', 'nationalId', 'birthDate', 'phone']);
    expect(columns('Appointment')).toEqual(['scheduledAt', 'status', 'fee', 'patientId', 'doctorId']);
  });

  it('leaves long text, JSON and files to the detail page and keeps at most five fields', () => {
    const model = buildModel(arabicStore());
    const customer = listColumnsOf(model.entities.find((entity) => entity.names.pascal === 'Customer')!);
    expect(customer).toEqual(['fullName', 'visits', 'rating', 'credit', 'vip', 'loyaltyCardId']);
  });
});
