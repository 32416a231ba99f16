import { z } from 'zod';
import type { Tool } from '@anthropic-ai/sdk/resources/messages';
import { AnalysisResult, RenameHints, type Blueprint, type BlueprintProblem } from '../../contracts/index.js';
import { blueprintJsonSchema, validateBlueprint } from '../../blueprint/index.js';

/** The one tool Claude is made to call: its input is the whole answer. */
export const SUBMIT_BLUEPRINT_TOOL = 'submit_blueprint';

/** Everything in the tool's input except the Blueprint, checked with the result contract's own rules. */
const Envelope = z.object({
  summary: AnalysisResult.shape.summary.min(1, { error: 'must not be empty: say what was understood' }),
  inferences: AnalysisResult.shape.inferences,
  openQuestions: AnalysisResult.shape.openQuestions,
  renames: RenameHints.optional(),
});

export type Submission = Pick<AnalysisResult, 'summary' | 'inferences' | 'openQuestions' | 'renames'> & {
  blueprint: Blueprint;
};

export type SubmissionCheck =
  | { ok: true; submission: Submission }
  | {
      ok: false;
      /** Problems inside `blueprint`, with paths relative to the Blueprint. */
      blueprintProblems: BlueprintProblem[];
      /** Problems in the summary, inferences, open questions or renames. */
      otherProblems: BlueprintProblem[];
    };

/**
 * The tool definition. `summary` comes first in the schema so Claude writes it first, which is what
 * lets the summary stream to the person before the (much longer) Blueprint.
 */
export function submitBlueprintTool(): Tool {
  const { $schema: _schema, $id: _id, $defs: blueprintDefs, ...blueprint } = blueprintJsonSchema();
  const envelope = z.toJSONSchema(Envelope, { io: 'input', target: 'draft-2020-12' }) as {
    properties: Record<string, Record<string, unknown>>;
  };
  const describe = (name: string, description: string) => ({ ...envelope.properties[name], description });
  return {
    name: SUBMIT_BLUEPRINT_TOOL,
    description:
      'Submit the Blueprint for the platform the person described (or the revised Blueprint), with a ' +
      'summary of what you understood or changed, the inferences you made and the questions left open. ' +
      'Always submit the complete Blueprint, never only the changed parts.',
    input_schema: {
      type: 'object',
      properties: {
        summary: describe(
          'summary',
          'A short paragraph in the language of the person: what you understood, or what you changed.',
        ),
        blueprint,
        inferences: describe(
          'inferences',
          'Each decision the person did not state outright (domain, entities, fields, compliance, residency, removals), with the reason.',
        ),
        openQuestions: describe(
          'openQuestions',
          'Up to five short questions, in the language of the person, that would most improve the Blueprint.',
        ),
        renames: describe(
          'renames',
          'Only when revising: entities or fields you renamed, so their data is kept instead of dropped.',
        ),
      },
      required: ['summary', 'blueprint', 'inferences', 'openQuestions'],
      additionalProperties: false,
      ...(blueprintDefs === undefined ? {} : { $defs: blueprintDefs }),
    },
  };
}

/** Checks a tool call's input: the Blueprint with `validateBlueprint`, the rest with the result contract. */
export function checkSubmission(input: unknown): SubmissionCheck {
  const record: Record<string, unknown> = typeof input === 'object' && input !== null ? { ...input } : {};
  const blueprint = validateBlueprint(record.blueprint);
  const envelope = Envelope.safeParse(record);
  if (blueprint.ok && envelope.success) {
    return { ok: true, submission: { ...envelope.data, blueprint: blueprint.blueprint } };
  }
  return {
    ok: false,
    blueprintProblems: blueprint.ok ? [] : blueprint.problems,
    otherProblems: envelope.success ? [] : envelope.error.issues.map(problemOfIssue),
  };
}

function problemOfIssue(issue: z.core.$ZodIssue): BlueprintProblem {
  const segments = issue.path.map(String);
  return {
    code: 'shape',
    path: issue.path
      .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
      .join(''),
    pointer: segments.map((segment) => `/${segment}`).join(''),
    message: issue.message,
    suggestion: '',
  };
}
