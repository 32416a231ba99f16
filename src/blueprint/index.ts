/**
 * Pure Blueprint logic shared by the server, the AI providers, importers and the web app:
 * validation with paths and suggestions, structured diffs, the JSON Schema, and naming helpers.
 * @module
 */
import { Blueprint, type BlueprintProblem } from '../contracts/index.js';

export type BlueprintValidation =
  { ok: true; blueprint: Blueprint; problems: [] } | { ok: false; problems: BlueprintProblem[] };

/** Checks a Blueprint's shape (semantic rules arrive shortly). */
export function validateBlueprint(input: unknown): BlueprintValidation {
  const parsed = Blueprint.safeParse(input);
  if (parsed.success) return { ok: true, blueprint: parsed.data, problems: [] };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const segments = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
      return {
        code: 'shape',
        path: segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join(''),
        pointer: segments.map((s) => `/${String(s)}`).join(''),
        message: issue.message,
        suggestion: 'fix the value to match the Blueprint schema',
      };
    }),
  };
}
