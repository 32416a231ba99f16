/** Shared by this folder's tests: the two Blueprints they generate for, validated. */
import { validateBlueprint } from '../../blueprint/index.js';
import { clinicBlueprint } from '../../blueprint/examples/clinic.js';
import type { Blueprint, BlueprintInput } from '../../contracts/index.js';
import { arabicStoreBlueprint } from './arabic-store-blueprint.js';

export function validated(input: BlueprintInput): Blueprint {
  const result = validateBlueprint(input);
  if (!result.ok) throw new Error(`test Blueprint is invalid: ${JSON.stringify(result.problems)}`);
  return result.blueprint;
}

export const clinic = (): Blueprint => validated(clinicBlueprint);
export const arabicStore = (): Blueprint => validated(arabicStoreBlueprint);
