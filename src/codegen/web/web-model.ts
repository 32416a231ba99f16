/**
 * What the web templates need beyond the shared codegen model: the pages and menu (synthesized when
 * the Blueprint names none), each role with the roles it inherits, and per entity its list columns.
 * @module
 */
import type { Blueprint, LocalizedText, Page } from '../../contracts/index.js';
import type { CodegenModel, EntityModel } from '../model/index.js';
import { uiStringsFor } from './ui-strings.js';

export interface WebPage {
  name: string;
  title: LocalizedText;
  kind: Page['kind'];
  path: string;
  /** The entity's plural kebab name. */
  entity?: string;
  roles: string[];
}

export interface WebNavigationItem {
  page: string;
  group?: LocalizedText;
}

/** Text types too long for a table cell, and files, are left to the detail page. */
const NOT_IN_COLUMNS = new Set(['text', 'json', 'file']);
const MAX_FIELD_COLUMNS = 5;

export function entityPathOf(model: CodegenModel, entityName: string): string {
  const entity = model.entities.find((candidate) => candidate.names.pascal === entityName);
  return entity?.names.pluralKebab ?? entityName;
}

/** The same word in each of the Blueprint's locales, from the UI dictionaries. */
function dashboardTitle(blueprint: Blueprint): LocalizedText {
  return Object.fromEntries(blueprint.locales.map((locale) => [locale, uiStringsFor(locale).dashboard]));
}

function unusedName(taken: ReadonlySet<string>, wanted: string): string {
  let name = wanted;
  for (let counter = 2; taken.has(name); counter += 1) name = `${wanted}${counter}`;
  return name;
}

/**
 * The Blueprint's pages, plus a start page at `/` and a list page per entity when it has none, so
 * every generated app has a home and a way to reach each entity.
 */
export function webPagesOf(model: CodegenModel): WebPage[] {
  const { blueprint } = model;
  const pages: WebPage[] = blueprint.pages.map((page) => ({
    name: page.name,
    title: page.title,
    kind: page.kind,
    path: page.path,
    ...(page.entity ? { entity: entityPathOf(model, page.entity) } : {}),
    roles: page.roles,
  }));
  const taken = new Set(pages.map((page) => page.name));
  if (!pages.some((page) => page.path === '/')) {
    const name = unusedName(taken, 'dashboard');
    taken.add(name);
    pages.unshift({ name, title: dashboardTitle(blueprint), kind: 'dashboard', path: '/', roles: [] });
  }
  if (blueprint.pages.length === 0) {
    for (const entity of model.entities) {
      const name = unusedName(taken, entity.names.pluralCamel);
      taken.add(name);
      const { pluralKebab } = entity.names;
      pages.push({
        name,
        title: entity.pluralLabel,
        kind: 'entity-list',
        path: `/${pluralKebab}`,
        entity: pluralKebab,
        roles: [],
      });
    }
  }
  return pages;
}

/** The Blueprint's menu, or every page without parameters when it has none. */
export function webNavigationOf(model: CodegenModel, pages: readonly WebPage[]): WebNavigationItem[] {
  if (model.blueprint.navigation.length > 0) {
    return model.blueprint.navigation.map((item) =>
      item.group ? { page: item.page, group: item.group } : { page: item.page },
    );
  }
  return pages.filter((page) => !page.path.includes(':')).map((page) => ({ page: page.name }));
}

/** Each role with every role it inherits, directly or through others. */
export function roleClosureOf(blueprint: Blueprint): Record<string, string[]> {
  const inherits = new Map(blueprint.roles.map((role) => [role.name, role.inherits]));
  const closure: Record<string, string[]> = {};
  for (const role of blueprint.roles) {
    const seen: string[] = [];
    const visit = (name: string) => {
      if (seen.includes(name)) return;
      seen.push(name);
      for (const parent of inherits.get(name) ?? []) visit(parent);
    };
    visit(role.name);
    closure[role.name] = seen;
  }
  return closure;
}

/** The display field first, then short fields, then the records it points at. */
export function listColumnsOf(entity: EntityModel): string[] {
  const shortFields = entity.fields
    .filter((field) => !NOT_IN_COLUMNS.has(field.type))
    .map((field) => field.name);
  const display = entity.fields.some((field) => field.name === entity.displayField)
    ? [entity.displayField]
    : [];
  const fields = [...display, ...shortFields.filter((name) => name !== entity.displayField)].slice(
    0,
    MAX_FIELD_COLUMNS,
  );
  return [...fields, ...entity.foreignKeys.map((key) => key.field)];
}
