/**
 * What changed outside entities, relations and roles: the platform's identity, locales, pages,
 * navigation, compliance, integrations and deployment.
 * @module
 */
import type { Blueprint, PropertyChange } from '../../contracts/index.js';
import { compareText, propertyChanges } from './json-values.js';

const TOP_LEVEL_SETTINGS = [
  'name',
  'slug',
  'description',
  'domain',
  'locales',
  'defaultLocale',
  'pages',
  'navigation',
  'compliance',
  'integrations',
] as const;

/** Lists whose order carries no meaning, compared (and reported) sorted. */
function withSetsSorted(blueprint: Blueprint): Blueprint {
  return {
    ...blueprint,
    compliance: [...blueprint.compliance].sort(compareText),
    deployment: { ...blueprint.deployment, targets: [...blueprint.deployment.targets].sort(compareText) },
  };
}

export function diffSettings(before: Blueprint, after: Blueprint): PropertyChange[] {
  const older = withSetsSorted(before);
  const newer = withSetsSorted(after);
  return [
    ...propertyChanges(older, newer, TOP_LEVEL_SETTINGS),
    ...propertyChanges(older.deployment, newer.deployment, ['targets', 'dataResidency'], 'deployment.'),
  ];
}
