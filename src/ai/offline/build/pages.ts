/**
 * Pages and navigation: a dashboard and one list page per entity.
 * @module
 */
import type { Blueprint, Entity } from '../../../contracts/index.js';
import { pluralMemberName, toKebab } from '../names.js';

export const DASHBOARD_TITLE = { en: 'Dashboard', ar: 'لوحة التحكم' };

export function ensureDashboard(blueprint: Blueprint): void {
  if (blueprint.pages.some((page) => page.kind === 'dashboard')) return;
  blueprint.pages.unshift({
    name: 'dashboard',
    title: { ...DASHBOARD_TITLE },
    kind: 'dashboard',
    path: '/',
    roles: [],
  });
  blueprint.navigation.unshift({ page: 'dashboard' });
}

export function addListPage(blueprint: Blueprint, entity: Entity): void {
  if (blueprint.pages.some((page) => page.kind === 'entity-list' && page.entity === entity.name)) return;
  let name = pluralMemberName(entity.name);
  if (blueprint.pages.some((page) => page.name === name)) name = `${name}List`;
  blueprint.pages.push({
    name,
    title: { ...entity.pluralLabel },
    kind: 'entity-list',
    entity: entity.name,
    path: `/${toKebab(name)}`,
    roles: [],
  });
  blueprint.navigation.push({ page: name });
}

export function removeEntityPages(blueprint: Blueprint, entityName: string): void {
  const removed = new Set(
    blueprint.pages.filter((page) => page.entity === entityName).map((page) => page.name),
  );
  blueprint.pages = blueprint.pages.filter((page) => !removed.has(page.name));
  blueprint.navigation = blueprint.navigation.filter((item) => !removed.has(item.page));
}
