/**
 * Pages and navigation: unique names and paths, entity pages on real entities, real roles, and a
 * menu that names each existing page at most once.
 * @module
 */
import type { Page } from '../../../contracts/index.js';
import { pluralOf } from '../../naming/plural.js';
import { toKebabCase } from '../../naming/case.js';
import { quote } from '../problem.js';
import { type Rule, forEachRepeat, pointToExisting } from './rule.js';

const ENTITY_PAGE_KINDS: ReadonlySet<Page['kind']> = new Set(['entity-list', 'entity-detail', 'entity-form']);

/** `/patients/:id` and `/patients/:patientId` are the same route. */
const routeShape = (path: string): string => path.replace(/:[^/]+/g, ':').replace(/(.)\/$/, '$1');

/** A free path for a page whose path is taken, preferring the usual shape for its kind. */
function freePathFor(page: Page, taken: ReadonlySet<string>): string {
  const base = page.path === '/' ? '' : page.path.replace(/\/$/, '');
  const candidates = [
    page.kind === 'entity-detail' ? `${base}/:id` : undefined,
    page.kind === 'entity-form' ? `${base}/new` : undefined,
    `/${toKebabCase(page.name)}`,
    `${base}/${toKebabCase(page.kind)}`,
  ];
  return (
    candidates.find((path) => path !== undefined && !taken.has(routeShape(path))) ??
    `/${toKebabCase(page.name)}-page`
  );
}

export const checkPages: Rule = (blueprint, report) => {
  const { pages } = blueprint;
  const entityNames = blueprint.entities.map((entity) => entity.name);
  const knownEntities = new Set(entityNames);
  const roleNames = blueprint.roles.map((role) => role.name);
  const knownRoles = new Set(roleNames);
  const pageNames = pages.map((page) => page.name);
  const knownPages = new Set(pageNames);

  forEachRepeat(
    pages,
    (page) => page.name.toLowerCase(),
    (page, index, first) =>
      report(
        'duplicate_page_name',
        ['pages', index, 'name'],
        `the page name ${quote(page.name)} is already used by pages[${first}]`,
        'rename one of the pages, or remove the repeat',
      ),
  );
  const takenPaths = new Set(pages.map((page) => routeShape(page.path)));
  forEachRepeat(
    pages,
    (page) => routeShape(page.path),
    (page, index, first) =>
      report(
        'duplicate_page_path',
        ['pages', index, 'path'],
        `the path ${quote(page.path)} is already taken by pages[${first}] (${quote(pages[first]?.path ?? '')})`,
        `give this page its own path, e.g. ${quote(freePathFor(page, takenPaths))}`,
      ),
  );
  pages.forEach((page, index) => {
    if (ENTITY_PAGE_KINDS.has(page.kind)) {
      if (page.entity === undefined) {
        report(
          'page_entity_missing',
          ['pages', index],
          `the ${page.kind} page ${quote(page.name)} does not say which entity it shows`,
          `add "entity" naming one of the entities${entityNames[0] ? `, e.g. "entity": "${entityNames[0]}"` : ''}`,
        );
      } else if (!knownEntities.has(page.entity)) {
        report(
          'page_entity_missing',
          ['pages', index, 'entity'],
          `the page ${quote(page.name)} shows ${quote(page.entity)}, which is not an entity of this Blueprint`,
          pointToExisting(page.entity, entityNames, 'entity', `add an entity named ${quote(page.entity)}`),
        );
      }
    }
    page.roles.forEach((role, roleIndex) => {
      if (knownRoles.has(role)) return;
      report(
        'page_role_missing',
        ['pages', index, 'roles', roleIndex],
        `the page ${quote(page.name)} is shown to ${quote(role)}, which is not a role of this Blueprint`,
        pointToExisting(role, roleNames, 'role', `add a role named ${quote(role)}`),
      );
    });
  });

  blueprint.navigation.forEach((item, index) => {
    if (knownPages.has(item.page)) return;
    report(
      'navigation_page_missing',
      ['navigation', index, 'page'],
      `the menu links to the page ${quote(item.page)}, which is not a page of this Blueprint`,
      pointToExisting(
        item.page,
        pageNames,
        'page',
        `add a page named ${quote(item.page)}, e.g. with "path": "/${toKebabCase(pluralOf(item.page))}"`,
      ),
    );
  });
  forEachRepeat(
    blueprint.navigation,
    (item) => item.page,
    (item, index, first) =>
      report(
        'duplicate_navigation_item',
        ['navigation', index, 'page'],
        `the menu links to ${quote(item.page)} twice (also navigation[${first}])`,
        'remove the repeated menu item',
      ),
  );
};
