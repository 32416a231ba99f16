/**
 * Locales: listed once, the default among them, and every piece of text translated into each.
 * @module
 */
import type { Blueprint, LocalizedText } from '../../../contracts/index.js';
import { type PathSegment, quote, quoteList } from '../problem.js';
import { type Report, type Rule, forEachRepeat } from './rule.js';

/** Every `LocalizedText` in a Blueprint with its path, in document order. */
export function* localizedTexts(blueprint: Blueprint): Generator<[LocalizedText, PathSegment[]]> {
  for (const [e, entity] of blueprint.entities.entries()) {
    yield [entity.label, ['entities', e, 'label']];
    yield [entity.pluralLabel, ['entities', e, 'pluralLabel']];
    for (const [f, field] of entity.fields.entries()) {
      yield [field.label, ['entities', e, 'fields', f, 'label']];
      for (const [v, option] of (field.values ?? []).entries()) {
        if (option.label) yield [option.label, ['entities', e, 'fields', f, 'values', v, 'label']];
      }
    }
  }
  for (const [r, relation] of blueprint.relations.entries()) {
    if (relation.label) yield [relation.label, ['relations', r, 'label']];
  }
  for (const [r, role] of blueprint.roles.entries()) yield [role.label, ['roles', r, 'label']];
  for (const [p, page] of blueprint.pages.entries()) yield [page.title, ['pages', p, 'title']];
  for (const [n, item] of blueprint.navigation.entries()) {
    if (item.group) yield [item.group, ['navigation', n, 'group']];
  }
}

function checkTranslations(blueprint: Blueprint, locales: readonly string[], report: Report): void {
  const listed = new Set(locales);
  for (const [text, path] of localizedTexts(blueprint)) {
    const sample = Object.values(text)[0] ?? '';
    for (const locale of locales) {
      if (text[locale] !== undefined) continue;
      report(
        'translation_missing',
        path,
        `this text has no ${quote(locale)} version`,
        `add "${locale}": a translation of ${JSON.stringify(sample)}`,
      );
    }
    for (const locale of Object.keys(text)) {
      if (listed.has(locale)) continue;
      report(
        'translation_locale_unknown',
        [...path, locale],
        `this text has a ${quote(locale)} version, but ${quote(locale)} is not one of the Blueprint's locales`,
        `add ${quote(locale)} to "locales", or remove this text`,
      );
    }
  }
}

export const checkLocales: Rule = (blueprint, report) => {
  forEachRepeat(
    blueprint.locales,
    (locale) => locale,
    (locale, index) =>
      report(
        'duplicate_locale',
        ['locales', index],
        `the locale ${quote(locale)} is listed twice`,
        'remove the repeat',
      ),
  );
  const locales = [...new Set(blueprint.locales)];
  if (!locales.includes(blueprint.defaultLocale)) {
    report(
      'default_locale_missing',
      ['defaultLocale'],
      `the default locale ${quote(blueprint.defaultLocale)} is not one of the locales (${quoteList(locales)})`,
      `add ${quote(blueprint.defaultLocale)} to "locales", or set "defaultLocale" to ${quote(locales[0] ?? 'en')}`,
    );
  }
  checkTranslations(blueprint, locales, report);
};
