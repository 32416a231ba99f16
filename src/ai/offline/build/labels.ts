/**
 * Makes every label of a Blueprint speak each of its locales: lexicon text where known, the English
 * text otherwise (a person can refine it), and nothing for locales the Blueprint does not have.
 * @module
 */
import type { Blueprint, LocalizedText } from '../../../contracts/index.js';
import { arabicEnumLabel, entityEntry, fieldEntry } from '../lexicon/index.js';
import { humanize } from '../names.js';
import { DASHBOARD_TITLE } from './pages.js';
import { knownRoleLabel } from './roles.js';

type Known = Partial<Record<string, string>>;

function localized(
  text: LocalizedText | undefined,
  locales: readonly string[],
  known: Known,
  fallback: string,
): LocalizedText {
  const result: LocalizedText = {};
  const english = text?.en ?? known.en ?? fallback;
  for (const locale of locales) {
    const language = locale.slice(0, 2);
    // A locale without a translation shows the English text until a person supplies one.
    result[locale] = text?.[locale] ?? known[locale] ?? known[language] ?? english;
  }
  return result;
}

export function localizeBlueprint(blueprint: Blueprint): void {
  const locales = blueprint.locales;
  for (const entity of blueprint.entities) {
    const entry = entityEntry(entity.name);
    entity.label = localized(entity.label, locales, { en: entry?.en, ar: entry?.ar }, humanize(entity.name));
    entity.pluralLabel = localized(
      entity.pluralLabel,
      locales,
      { en: entry?.enPlural, ar: entry?.arPlural },
      entity.label.en ?? humanize(entity.name),
    );
    for (const field of entity.fields) {
      const known = fieldEntry(field.name);
      field.label = localized(field.label, locales, { en: known?.en, ar: known?.ar }, humanize(field.name));
      for (const value of field.values ?? []) {
        value.label = localized(
          value.label,
          locales,
          { en: humanize(value.value), ar: arabicEnumLabel(value.value) },
          humanize(value.value),
        );
      }
    }
  }
  for (const relation of blueprint.relations) {
    if (relation.label) relation.label = localized(relation.label, locales, {}, humanize(relation.name));
  }
  for (const role of blueprint.roles)
    role.label = localized(role.label, locales, knownRoleLabel(role.name) ?? {}, humanize(role.name));
  for (const page of blueprint.pages) {
    const entity = blueprint.entities.find((item) => item.name === page.entity);
    const known = page.kind === 'dashboard' ? DASHBOARD_TITLE : (entity?.pluralLabel ?? {});
    page.title = localized(page.title, locales, page.title.en ? {} : known, humanize(page.name));
    if (entity && page.kind === 'entity-list') {
      for (const locale of locales)
        if (!page.title[locale] || page.title[locale] === page.title.en)
          page.title[locale] = entity.pluralLabel[locale] ?? page.title[locale] ?? humanize(page.name);
    }
  }
  for (const item of blueprint.navigation)
    if (item.group) item.group = localized(item.group, locales, {}, 'Menu');
}
