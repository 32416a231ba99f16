/** `web/src/i18n/*`: the app's own words per Blueprint locale, and the map the app picks them from. */
import { toCamelCase } from '../../../blueprint/index.js';
import { code, propertyKey } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { constDeclaration, importStatement, Raw } from '../literal.js';
import { webSourceFile } from '../source-file.js';
import { englishUiStrings, uiStringsFor } from '../ui-strings.js';

/** `ar-SA` → `arSaStrings`: a locale as a variable name (the suffix keeps out words such as `in`). */
function variableOf(locale: string): string {
  return `${toCamelCase(locale.replace('-', ' '))}Strings`;
}

function moduleOf(locale: string): string {
  return locale.toLowerCase();
}

export function dictionaryFiles(model: CodegenModel): GeneratedFile[] {
  const { locales } = model.blueprint;
  const interfaceBody = code`
    /** Every word the app itself shows; each locale's dictionary must have them all. */
    export interface UiStrings {
      ${Object.keys(englishUiStrings).map((key) => `${propertyKey(key)}: string;`)}
    }
  `;
  const perLocale = locales.map((locale) =>
    webSourceFile(
      model.name,
      `web/src/i18n/${moduleOf(locale)}.ts`,
      code`
        import type { UiStrings } from './ui-strings.js';

        ${constDeclaration(`export const ${variableOf(locale)}: UiStrings`, uiStringsFor(locale), true)}
      `,
    ),
  );
  const map = Object.fromEntries(locales.map((locale) => [locale, new Raw(variableOf(locale))]));
  const indexBody = code`
    /** The app's own words in each of the Blueprint's locales. */
    ${locales.map((locale) => importStatement([variableOf(locale)], `./${moduleOf(locale)}.js`))}
    import type { UiStrings } from './ui-strings.js';

    export type { UiStrings };

    ${constDeclaration('export const dictionaries: Record<string, UiStrings | undefined>', map, true)}
  `;
  return [
    webSourceFile(model.name, 'web/src/i18n/ui-strings.ts', interfaceBody),
    ...perLocale,
    webSourceFile(model.name, 'web/src/i18n/index.ts', indexBody),
  ];
}
