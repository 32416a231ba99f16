import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { generateCodebase, isWriteOnce } from '../index.js';
import { buildModel } from '../model/index.js';
import { generateWebFiles, sharedSchemaImportPath } from './index.js';
import { arabicStore, clinic } from './test-support.js';

const contentOf = (files: { path: string; content: string }[], path: string): string => {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`expected ${path} among the generated files`);
  return file.content;
};

describe('generateWebFiles for the clinic Blueprint', () => {
  const blueprint = clinic();
  const files = generateWebFiles(blueprint);
  const paths = files.map((file) => file.path);

  it('writes the build script, the shared library, the generic components and the pages', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        'web/build.ts',
        'web/tsconfig.json',
        'web/src/main.tsx',
        'web/src/app.tsx',
        'web/src/styles.css',
        'web/src/app-config.ts',
        'web/src/entity-registry.ts',
        'web/src/lib/api.ts',
        'web/src/lib/auth.tsx',
        'web/src/lib/i18n.tsx',
        'web/src/lib/theme.ts',
        'web/src/components/data-table.tsx',
        'web/src/components/entity-form.tsx',
        'web/src/components/field-input.tsx',
        'web/src/components/relation-picker.tsx',
        'web/src/pages/login-page.tsx',
        'web/src/i18n/en.ts',
        'web/src/i18n/ar.ts',
        'web/custom/pages.tsx',
      ]),
    );
    expect(paths.every((path) => path.startsWith('web/'))).toBe(true);
    expect([...paths].sort()).toEqual(paths);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('is deterministic: the same Blueprint gives byte-identical files', () => {
    expect(generateWebFiles(clinic())).toEqual(files);
    expect(generateWebFiles(structuredClone(blueprint), buildModel(blueprint))).toEqual(files);
  });

  it('wires list, detail and form pages for every entity, typed against its shared record type', () => {
    const registry = contentOf(files, 'web/src/entity-registry.ts');
    for (const entity of buildModel(blueprint).entities) {
      const { pascal, camel, kebab, pluralKebab } = entity.names;
      const source = contentOf(files, `web/src/entities/${kebab}.tsx`);
      expect(source).toContain(`from '${sharedSchemaImportPath(entity)}'`);
      expect(source).toContain(`defineEntity<${pascal}Record>(`);
      expect(source).toContain(`createSchema: ${camel}CreateSchema`);
      expect(source).toContain(`export function ${pascal}List(`);
      expect(source).toContain(`export function ${pascal}Detail(`);
      expect(source).toContain(`export function ${pascal}Form(`);
      expect(registry).toMatch(new RegExp(`'?${pluralKebab}'?: ${camel}Views`));
    }
  });

  it('imports shared schemas from files the server generator writes', () => {
    const serverPaths = new Set(generateCodebase(blueprint).files.map((file) => file.path));
    for (const entity of buildModel(blueprint).entities) {
      const fromWebEntities = sharedSchemaImportPath(entity).replace('../../../', '').replace(/\.js$/, '.ts');
      expect(serverPaths).toContain(fromWebEntities);
    }
  });

  it('puts pickers for foreign keys and lists of related records on both sides', () => {
    const appointment = contentOf(files, 'web/src/entities/appointment.tsx');
    expect(appointment).toMatch(
      /name: 'patientId',\s+label: \{ en: 'Patient', ar: 'مريض' \},\s+target: 'patients'/,
    );
    expect(appointment).toContain("segment: 'prescriptions'");
    const patient = contentOf(files, 'web/src/entities/patient.tsx');
    expect(patient).toContain("segment: 'appointments'");
    expect(patient).toMatch(/name: 'medicalHistory',\s+type: 'text',[^}]*},[^}]*sensitive: true/);
  });

  it('starts in the default language, right to left for Arabic, and lets the user switch', () => {
    const config = contentOf(files, 'web/src/app-config.ts');
    expect(config).toContain("export const locales: string[] = ['en', 'ar'];");
    expect(config).toContain("export const defaultLocale: string = 'ar';");
    const i18n = contentOf(files, 'web/src/lib/i18n.tsx');
    expect(i18n).toContain('document.documentElement.dir = directionOf(locale)');
    expect(i18n).toContain('document.documentElement.lang = locale');
    expect(contentOf(files, 'web/src/lib/direction.ts')).toMatch(/RIGHT_TO_LEFT = new Set\(\[[^\]]*'ar'/);
    expect(contentOf(files, 'web/build.ts')).toContain('dir="${directionOf(defaultLocale)}"');
    expect(contentOf(files, 'web/src/components/preferences.tsx')).toContain('setLocale(event.target.value)');
  });

  it('lays out with logical properties only, so right to left mirrors the page', () => {
    const css = contentOf(files, 'web/src/styles.css');
    expect(css).not.toMatch(
      /(margin|padding|border)-(left|right)\b|\b(left|right):|text-align: (left|right)/,
    );
    expect(css).toMatch(/margin-inline-start/);
    expect(css).toMatch(/\[data-theme='dark'\]/);
    expect(css).toMatch(/prefers-color-scheme: dark/);
    expect(css).toMatch(/@media \(max-width: 48rem\)/);
  });

  it('gates pages, the menu and buttons on the permissions from /api/auth/me', () => {
    expect(contentOf(files, 'web/src/lib/auth.tsx')).toContain("apiRequest<CurrentUser>('/auth/me')");
    expect(contentOf(files, 'web/src/lib/navigation.ts')).toContain("access.can(page.entity, 'read')");
    expect(contentOf(files, 'web/src/app.tsx')).toContain('auth.can(route.needs.entity, route.needs.action)');
    expect(contentOf(files, 'web/src/pages/entity-list-page.tsx')).toContain("can(config.path, 'create')");
    const detail = contentOf(files, 'web/src/pages/entity-detail-page.tsx');
    expect(detail).toContain("canOnRecord(config.path, 'update', record)");
    expect(detail).toContain("canOnRecord(config.path, 'delete', record)");
    const config = contentOf(files, 'web/src/app-config.ts');
    expect(config).toMatch(/name: 'prescriptions',[\s\S]*?roles: \['doctor'\]/);
    expect(config).toContain("admin: ['admin', 'doctor', 'receptionist']");
  });

  it('starts every file that can hold a comment with the generated-file header', () => {
    for (const file of files) {
      if (file.path.endsWith('.json')) expect(() => JSON.parse(file.content) as unknown).not.toThrow();
      else if (isWriteOnce(file.path)) expect(file.content).not.toContain('do not edit');
      else
        expect(file.content.split('\n')[0]).toContain(
          'Generated by WebNova from the Blueprint "City Clinic"',
        );
    }
  });
});

describe('generateWebFiles for an Arabic-only Blueprint with every field type', () => {
  const files = generateWebFiles(arabicStore());

  it('has only an Arabic dictionary and Arabic labels', () => {
    const paths = files.map((file) => file.path);
    expect(paths).toContain('web/src/i18n/ar.ts');
    expect(paths).not.toContain('web/src/i18n/en.ts');
    expect(contentOf(files, 'web/src/i18n/ar.ts')).toContain("signIn: 'تسجيل الدخول'");
    expect(contentOf(files, 'web/src/app-config.ts')).toContain("export const locales: string[] = ['ar'];");
    expect(contentOf(files, 'web/src/components/preferences.tsx')).toContain('locales.length > 1');
  });

  it('gives every field type its own kind of input', () => {
    const customer = contentOf(files, 'web/src/entities/customer.tsx');
    const fieldInput = contentOf(files, 'web/src/components/field-input.tsx');
    const handled = [...fieldInput.matchAll(/case '([a-z]+)':|^ {2}([a-z]+): '[a-z-]+',$/gm)].map(
      (match) => match[1] ?? match[2],
    );
    for (const type of ['string', 'text', 'integer', 'decimal', 'money', 'boolean', 'date', 'datetime']) {
      expect(customer).toContain(`type: '${type}'`);
      expect(handled).toContain(type);
    }
    for (const type of ['email', 'phone', 'url', 'enum', 'json', 'file']) {
      expect(customer).toContain(`type: '${type}'`);
      expect(handled).toContain(type);
    }
    expect(customer).toContain("{ value: 'vip_plus', label: { en: 'Vip plus' } }");
    expect(fieldInput).toContain('inputMode="decimal"');
    expect(fieldInput).toContain('type="checkbox"');
    expect(contentOf(files, 'web/src/lib/form-values.ts')).toContain('dataBase64');
  });

  it('edits has-one and many-to-many links with pickers and lists has-many records', () => {
    const customer = contentOf(files, 'web/src/entities/customer.tsx');
    expect(customer).toMatch(/name: 'loyaltyCardId',[\s\S]*?multiple: false/);
    expect(customer).toContain("segment: 'support-notes'");
    const order = contentOf(files, 'web/src/entities/order.tsx');
    expect(order).toMatch(/name: 'tagIds',[\s\S]*?target: 'tags',[\s\S]*?multiple: true/);
    expect(contentOf(files, 'web/src/entities/tag.tsx')).toContain("segment: 'orders'");
  });

  it('makes a start page and a menu entry per entity when the Blueprint names no pages', () => {
    const config = contentOf(files, 'web/src/app-config.ts');
    expect(config).toContain("title: { ar: 'لوحة التحكم' }");
    expect(config).toContain("path: '/loyalty-cards'");
    expect(config).toContain("{ page: 'supportNotes' }");
  });
});

describe('the generated files are formatted as Prettier would format them', () => {
  it.each([
    ['clinic', clinic],
    ['Arabic store', arabicStore],
  ])('for the %s Blueprint', { timeout: 60_000 }, async (_name, blueprint) => {
    const unformatted: string[] = [];
    for (const file of generateWebFiles(blueprint())) {
      const options = {
        filepath: file.path,
        singleQuote: true,
        printWidth: 110,
        trailingComma: 'all' as const,
      };
      if ((await format(file.content, options)) !== file.content) unformatted.push(file.path);
    }
    expect(unformatted).toEqual([]);
  });
});
