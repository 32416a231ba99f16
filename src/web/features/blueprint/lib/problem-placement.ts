import { z } from 'zod';
import { BlueprintProblem } from '../../../../contracts/index.js';
import { isApiError } from '../../../lib/api-error.js';

const ProblemsDetails = z.object({ problems: z.array(BlueprintProblem) });

/** The request path of the document the editor sends; `errors` name each problem under it. */
const BLUEPRINT_PATH = /^body\.blueprint(?:\.|$)/;

/**
 * The Blueprint problems in a refused save (422). The server sends them whole in `details.problems`
 * (message and suggestion apart); a 422 without them (another server, a proxy that rewrote the body) still
 * has the problem's `errors` list, one entry per problem, whose messages are shown as they came.
 */
export function problemsOf(error: unknown): BlueprintProblem[] {
  if (!isApiError(error) || error.status !== 422) return [];
  const details = ProblemsDetails.safeParse(error.details);
  if (details.success) return details.data.problems;
  return error.errors
    .filter((entry) => BLUEPRINT_PATH.test(entry.path))
    .map((entry) => {
      const path = entry.path.replace(BLUEPRINT_PATH, '');
      return { code: 'problem', path, pointer: pointerOf(path), message: entry.message, suggestion: '' };
    });
}

/** `entities[2].fields[0].name` → `/entities/2/fields/0/name`. */
export function pointerOf(path: string): string {
  if (!path) return '';
  return (
    '/' +
    path
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter(Boolean)
      .join('/')
  );
}

export interface PlacedProblems {
  /** Problems by the pointer of the form control (or row) that shows them. */
  byPointer: Map<string, BlueprintProblem[]>;
  /** Problems no control of the form covers: shown above the form. */
  elsewhere: BlueprintProblem[];
}

/**
 * Puts each problem at the closest control the form has for it: the control of its own pointer, else the
 * nearest enclosing one (a field's row for a problem with its enum values), else above the form.
 */
export function placeProblems(problems: BlueprintProblem[], controls: ReadonlySet<string>): PlacedProblems {
  const byPointer = new Map<string, BlueprintProblem[]>();
  const elsewhere: BlueprintProblem[] = [];
  for (const problem of problems) {
    const target = closestControl(problem.pointer, controls);
    if (target === undefined) {
      elsewhere.push(problem);
      continue;
    }
    byPointer.set(target, [...(byPointer.get(target) ?? []), problem]);
  }
  return { byPointer, elsewhere };
}

/** The pointer of the control that shows a problem at `pointer`, if the form has one. */
export function closestControl(pointer: string, controls: ReadonlySet<string>): string | undefined {
  let candidate = pointer;
  while (candidate) {
    if (controls.has(candidate)) return candidate;
    candidate = candidate.slice(0, candidate.lastIndexOf('/'));
  }
  return undefined;
}
