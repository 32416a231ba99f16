/**
 * Blueprint problems as terminal text.
 * @module
 */
import type { BlueprintProblem } from '../contracts/index.js';

/**
 * One line per problem, `path: message (suggestion)`; problems about the whole document show
 * `(blueprint)` as their path.
 * @example
 * formatProblems(problems)
 * // entities[0].fields[1].requred: `requred` is not a property of a field (did you mean `required`? …)
 */
export function formatProblems(problems: readonly BlueprintProblem[]): string {
  return problems
    .map((problem) => {
      const where = problem.path === '' ? '(blueprint)' : problem.path;
      const advice = problem.suggestion === '' ? '' : ` (${problem.suggestion})`;
      return `${where}: ${problem.message}${advice}`;
    })
    .join('\n');
}
