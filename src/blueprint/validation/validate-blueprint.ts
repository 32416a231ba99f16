/**
 * Validates a Blueprint in two stages: the contract's shape, then (only when the shape holds) the
 * rules that need the whole document. Every problem found is reported, in document order.
 * @module
 */
import { Blueprint, type BlueprintProblem } from '../../contracts/index.js';
import { inDocumentOrder } from './document-order.js';
import { type LocatedProblem, problemAt } from './problem.js';
import { checkEntityNames } from './rules/entity-names.js';
import { checkFieldDefaults } from './rules/field-defaults.js';
import { checkFields } from './rules/fields.js';
import { checkLocales } from './rules/locales.js';
import { checkMemberNames } from './rules/member-names.js';
import { checkPages } from './rules/pages.js';
import { checkRelations } from './rules/relations.js';
import { checkRoles } from './rules/roles.js';
import type { Rule } from './rules/rule.js';
import { checkSettings } from './rules/settings.js';
import { problemsOfIssue } from './shape-problems.js';

export type BlueprintValidation =
  { ok: true; blueprint: Blueprint; problems: [] } | { ok: false; problems: BlueprintProblem[] };

const RULES: readonly Rule[] = [
  checkLocales,
  checkEntityNames,
  checkMemberNames,
  checkFields,
  checkFieldDefaults,
  checkRelations,
  checkRoles,
  checkPages,
  checkSettings,
];

/** The problems of a shape-valid Blueprint, in document order. */
export function semanticProblems(blueprint: Blueprint): BlueprintProblem[] {
  const found: LocatedProblem[] = [];
  for (const rule of RULES) {
    rule(blueprint, (code, path, message, suggestion) =>
      found.push(problemAt(code, path, message, suggestion)),
    );
  }
  return inDocumentOrder(found);
}

/**
 * Checks anything claiming to be a Blueprint (parsed JSON or YAML, a provider's output) and returns
 * it with defaults filled in, or every problem with its path and a suggestion.
 * @example
 * const result = validateBlueprint(JSON.parse(text));
 * if (!result.ok) console.error(formatProblems(result.problems));
 */
export function validateBlueprint(input: unknown): BlueprintValidation {
  const parsed = Blueprint.safeParse(input);
  if (!parsed.success) {
    const located = parsed.error.issues.flatMap((issue) => problemsOfIssue(input, issue));
    return { ok: false, problems: inDocumentOrder(located) };
  }
  const problems = semanticProblems(parsed.data);
  return problems.length === 0 ? { ok: true, blueprint: parsed.data, problems: [] } : { ok: false, problems };
}
