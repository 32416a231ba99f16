/** `web/src/app-config.ts`: the Blueprint's settings the web app reads (languages, pages, menu, roles). */
import { code, quote } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { constDeclaration, type Literal } from '../literal.js';
import { webSourceFile } from '../source-file.js';
import { roleClosureOf, webNavigationOf, webPagesOf } from '../web-model.js';

export function appConfigFile(model: CodegenModel): GeneratedFile {
  const { blueprint } = model;
  const pages = webPagesOf(model);
  const navigation = webNavigationOf(model, pages);
  const summaries: Record<string, Literal> = {};
  for (const entity of model.entities) {
    summaries[entity.names.pluralKebab] = {
      label: entity.label,
      pluralLabel: entity.pluralLabel,
      displayField: entity.displayField,
      displayType: entity.fields.find((field) => field.name === entity.displayField)?.type ?? 'string',
    };
  }
  const body = code`
    /** The Blueprint's settings the web app needs: languages, pages, the menu, roles and entity names. */

    /** Text in each of the Blueprint's locales, e.g. \`{ en: 'Patient', ar: 'مريض' }\`. */
    export type LocalizedText = Record<string, string>;

    export interface PageConfig {
      name: string;
      title: LocalizedText;
      kind: 'dashboard' | 'entity-list' | 'entity-detail' | 'entity-form' | 'custom';
      path: string;
      /** The entity's plural kebab name, as in API paths and permissions. */
      entity?: string;
      /** Roles that see the page (inherited roles count); empty means all who may read its entity. */
      roles: string[];
    }

    export interface NavigationItem {
      page: string;
      /** The heading the item is grouped under. */
      group?: LocalizedText;
    }

    export interface EntitySummary {
      label: LocalizedText;
      pluralLabel: LocalizedText;
      /** The field that names a record when it is linked or picked. */
      displayField: string;
      /** Its type, so dates can be shown in the reader's language. */
      displayType: string;
    }

    ${constDeclaration('export const appName: string', blueprint.name)}

    ${constDeclaration('export const locales: string[]', blueprint.locales)}

    export const defaultLocale: string = ${quote(blueprint.defaultLocale)};

    ${constDeclaration(
      'export const pages: PageConfig[]',
      pages.map((page) => ({ ...page })),
    )}

    ${constDeclaration(
      'export const navigation: NavigationItem[]',
      navigation.map((item) => ({ ...item })),
    )}

    /** Each role with the roles it inherits, directly or through others. */
    ${constDeclaration('export const roleClosure: Record<string, string[]>', roleClosureOf(blueprint))}

    /** Keyed by the entity's plural kebab name. */
    ${constDeclaration('export const entitySummaries: Record<string, EntitySummary>', summaries)}
  `;
  return webSourceFile(model.name, 'web/src/app-config.ts', body);
}
