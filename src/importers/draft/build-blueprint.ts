/**
 * The last step of every import: a draft model becomes a complete Blueprint (names, labels, an
 * `admin` and a `user` role, a list page per entity) and must pass `validateBlueprint`, or the import
 * fails with every problem listed.
 * @module
 */
import {
  BLUEPRINT_SCHEMA_VERSION,
  type Blueprint,
  type Entity,
  type NavigationItem,
  type Page,
  type Role,
} from '../../contracts/index.js';
import { humanize, pluralOf, toCamelCase, toKebabCase, validateBlueprint } from '../../blueprint/index.js';
import { AppError } from '../../kernel/index.js';
import type { ImportNotes } from '../import-types.js';
import { BuildContext } from './build-context.js';
import { buildEntity, nameEntities } from './build-entities.js';
import { buildRelation, foreignKeyColumnsByEntity } from './build-relations.js';
import type { DraftModel } from './draft-model.js';
import { guessDomain } from './guesses.js';
import { clip, slugFromFileName, titleFromFileName } from './naming.js';

export interface BuildOptions {
  fileName: string;
  /** The source format in words, e.g. `JHipster JDL`, for the description and messages. */
  sourceFormat: string;
  /** A name the source gives itself (an OpenAPI `info.title`); otherwise the file name is used. */
  name?: string;
  description?: string;
}

export function buildBlueprint(draft: DraftModel, options: BuildOptions, notes: ImportNotes): Blueprint {
  if (draft.entities.length === 0) {
    throw new AppError('unprocessable', `${options.fileName} declares no entities to import`, {
      hint: 'Add at least one entity (a JDL `entity` or an object schema under OpenAPI `components.schemas`).',
    });
  }
  const context = new BuildContext(notes);
  nameEntities(draft.entities, context);
  const foreignKeys = foreignKeyColumnsByEntity(draft.relations);
  const entities = draft.entities.flatMap(
    (entity) => buildEntity(entity, foreignKeys.get(entity.source) ?? new Set(), context) ?? [],
  );
  const relations = draft.relations.flatMap((relation) => buildRelation(relation, context) ?? []);
  if (context.problems.length > 0) {
    throw unimportable(
      options,
      context.problems.map((problem) => problem.message),
      context.problems.map((problem) => ({ message: problem.message, ...problem.at })),
    );
  }
  const domain = guessDomain(entities.map((entity) => entity.name));
  notes.info(
    domain === 'other'
      ? 'domain set to `other`: the entity names do not point to one; choose a domain in the Blueprint'
      : `domain guessed as \`${domain}\` from the entity names`,
  );
  const pages = listPages(entities);
  const blueprint = {
    schemaVersion: BLUEPRINT_SCHEMA_VERSION,
    name: clip(options.name?.trim() || titleFromFileName(options.fileName), 120),
    slug: slugFromFileName(options.fileName),
    description: clip(
      options.description ?? `Imported from ${options.fileName} (${options.sourceFormat}).`,
      5000,
    ),
    domain,
    locales: ['en'],
    defaultLocale: 'en',
    entities,
    relations,
    roles: defaultRoles(entities),
    pages,
    navigation: pages.map((page): NavigationItem => ({ page: page.name })),
  };
  const validation = validateBlueprint(blueprint);
  if (!validation.ok) {
    throw unimportable(
      options,
      validation.problems.map((problem) => `${problem.path || 'the Blueprint'}: ${problem.message}`),
      validation.problems,
    );
  }
  return validation.blueprint;
}

function unimportable(options: BuildOptions, messages: string[], problems: unknown[]): AppError {
  const listed = messages.slice(0, 10).join('; ');
  const more = messages.length > 10 ? `; and ${messages.length - 10} more` : '';
  return new AppError(
    'unprocessable',
    `${options.fileName} cannot become a valid Blueprint: ${listed}${more}`,
    {
      hint: `Change the ${options.sourceFormat} model as each problem says, then import it again.`,
      details: { problems },
    },
  );
}

/** An administrator who may do everything, and a user who may read everything. */
function defaultRoles(entities: readonly Entity[]): Role[] {
  return [
    {
      name: 'admin',
      label: { en: 'Administrator' },
      administrator: true,
      inherits: [],
      permissions: entities.map((entity) => ({
        entity: entity.name,
        actions: ['create', 'read', 'update', 'delete'],
        scope: 'all',
      })),
    },
    {
      name: 'user',
      label: { en: 'User' },
      administrator: false,
      inherits: [],
      permissions: entities.map((entity) => ({ entity: entity.name, actions: ['read'], scope: 'all' })),
    },
  ];
}

/** `/patients` listing Patient records, named `patients`. */
function listPages(entities: readonly Entity[]): Page[] {
  return entities.map((entity) => {
    const plural = pluralOf(entity.name);
    return {
      name: toCamelCase(plural),
      title: { en: clip(humanize(plural), 200) },
      kind: 'entity-list',
      entity: entity.name,
      path: `/${toKebabCase(plural)}`,
      roles: [],
    };
  });
}
