import type {
  BlueprintProblem,
  BlueprintVersionDetail,
  VersionAuthor,
  RenameHints,
} from '../../../contracts/index.js';
import { validateBlueprint } from '../../../blueprint/index.js';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { BlueprintsDeps } from './deps.js';
import { reviseBlueprint } from './revise-blueprint.js';

export interface HandEdit {
  platformId: string;
  blueprint: unknown;
  basedOn: number;
  renames?: RenameHints | undefined;
  author: VersionAuthor;
}

/** A person's own edit of the whole Blueprint: checked first, and stored only when it has no problems. */
export async function editBlueprint(
  tx: AppTx,
  deps: BlueprintsDeps,
  tenantId: string,
  edit: HandEdit,
): Promise<BlueprintVersionDetail> {
  const validation = validateBlueprint(edit.blueprint);
  if (!validation.ok) throw blueprintRefused(validation.problems);
  return reviseBlueprint(tx, deps, tenantId, {
    platformId: edit.platformId,
    basedOn: edit.basedOn,
    blueprint: validation.blueprint,
    renames: edit.renames ?? { entities: [], fields: [] },
    source: 'edit',
    author: edit.author,
  });
}

/**
 * The 422 for a Blueprint with problems. `details.problems` carries each problem with its JSON Pointer
 * and suggestion (for editors); `errors` names the same paths in the request, like any refused field.
 */
export function blueprintRefused(problems: BlueprintProblem[]): AppError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new AppError(
    'unprocessable',
    `The Blueprint has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ` +
      `${first ? `${first.path || 'the document'}: ${first.message}` : 'unknown'}${more}`,
    {
      hint: 'Fix each problem listed in `details.problems` (each has a path and a suggestion), then save again.',
      fieldProblems: problems.map((problem) => ({
        path: problem.path ? `body.blueprint.${problem.path}` : 'body.blueprint',
        message: `${problem.message}; ${problem.suggestion}`,
      })),
      details: { problems },
    },
  );
}
