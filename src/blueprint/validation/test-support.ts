/**
 * Fixtures for the validation tests: a valid Blueprint to break one rule at a time.
 * @module
 */
import { Blueprint, type BlueprintProblem } from '../../contracts/index.js';
import { clinicBlueprint } from '../examples/clinic.js';
import { validateBlueprint } from './validate-blueprint.js';

/** A fresh, fully parsed copy of the clinic example (defaults filled), safe to mutate. */
export function clinic(): Blueprint {
  return Blueprint.parse(structuredClone(clinicBlueprint));
}

/** The problems of the clinic example after `change`; an empty list when it is still valid. */
export function problemsAfter(change: (blueprint: Blueprint) => void): BlueprintProblem[] {
  const blueprint = clinic();
  change(blueprint);
  return validateBlueprint(blueprint).problems;
}

/** The one problem with `code`, failing loudly when there is not exactly one. */
export function onlyProblem(problems: readonly BlueprintProblem[], code: string): BlueprintProblem {
  const matching = problems.filter((problem) => problem.code === code);
  if (matching.length !== 1) {
    throw new Error(`expected one ${code} problem, got ${JSON.stringify(problems, null, 2)}`);
  }
  return matching[0] as BlueprintProblem;
}
