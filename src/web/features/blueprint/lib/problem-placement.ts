import { z } from 'zod';
import { BlueprintProblem } from '../../../../contracts/index.js';
import { isApiError } from '../../../lib/api-error.js';

const ProblemsDetails = z.object({ problems: z.array(BlueprintProblem) });

/**
 * The Blueprint problems in a refused save (422). The server sends them whole in `details.problems`; when
 * the client only kept the per-field errors (`blueprint.<path>` → `message; suggestion`), they are rebuilt
 * from those, so the editor works with either.
 */
export function problemsOf(error: unknown): BlueprintProblem[] {
  if (!isApiError(error) || error.status !== 422) return [];
  if ('details' in error) {
    const parsed = ProblemsDetails.safeParse(error.details);
    if (parsed.success) return parsed.data.problems;
  }
  return Object.entries(error.fieldErrors)
    .filter(([key]) => key === 'blueprint' || key.startsWith('blueprint.'))
    .map(([key, text]) => {
      const path = key.replace(/^blueprint\.?/, '');
      const split = text.indexOf('; ');
      return {
        code: 'problem',
        path,
        pointer: pointerOf(path),
        message: split === -1 ? text : text.slice(0, split),
        suggestion: split === -1 ? '' : text.slice(split + 2),
      };
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
