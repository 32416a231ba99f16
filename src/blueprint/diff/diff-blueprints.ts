/**
 * The structured difference between two Blueprint versions: what the code generator turns into a
 * database migration and what the web app shows as a revision's changes.
 * @module
 */
import type { Blueprint, BlueprintDiff, RenameHints } from '../../contracts/index.js';
import { diffEntities } from './diff-entities.js';
import { diffRelations } from './diff-relations.js';
import { diffRoles } from './diff-roles.js';
import { diffSettings } from './diff-settings.js';

const NO_HINTS: RenameHints = { entities: [], fields: [] };

/**
 * Compares two (valid) Blueprints. `hints` name renames the revision made; a field hint's `entity`
 * is the entity's name in `after`. Without a hint, a rename is inferred only when unambiguous.
 * @example
 * const diff = diffBlueprints(previous, next, { entities: [], fields: [{ entity: 'Patient', from: 'phone', to: 'mobile' }] });
 * if (!diff.empty) writeMigration(diff);
 */
export function diffBlueprints(
  before: Blueprint,
  after: Blueprint,
  hints: RenameHints = NO_HINTS,
): BlueprintDiff {
  const { diff: entities, renamedTo } = diffEntities(before, after, hints);
  const relations = diffRelations(before.relations, after.relations, renamedTo);
  const roles = diffRoles(before.roles, after.roles, renamedTo);
  const settings = diffSettings(before, after);
  const counts = [
    entities.added,
    entities.removed,
    entities.renamed,
    entities.changed,
    relations.added,
    relations.removed,
    relations.changed,
    roles.added,
    roles.removed,
    roles.changed,
    settings,
  ].reduce((total, list) => total + list.length, 0);
  return { entities, relations, roles, settings, empty: counts === 0 };
}
