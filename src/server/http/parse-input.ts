import type { z } from 'zod';
import { AppError, type FieldProblem } from '../../kernel/index.js';

/** Parses one part of a request; a failure is a 400 that names every bad field and why. */
export function parseInput<S extends z.ZodType>(
  schema: S | undefined,
  value: unknown,
  where: 'params' | 'query' | 'body',
): z.output<S> | undefined {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems: FieldProblem[] = result.error.issues.map((issue) => {
    const path = [where, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return {
        path,
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'}`,
      };
    }
    return { path, message: issue.message };
  });
  const summary = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
  throw new AppError('validation_failed', `The request's ${where} is not valid: ${summary}`, {
    fieldProblems: problems,
    hint: 'Fix the fields listed in `errors` and send the request again; GET /api/openapi.json describes every route.',
  });
}
