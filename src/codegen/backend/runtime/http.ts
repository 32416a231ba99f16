import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function httpFiles(model: CodegenModel): GeneratedFile[] {
  return [
    sourceFile(
      model,
      'src/server/http/problem.ts',
      code`
        import type { ErrorRequestHandler, Response } from 'express';
        import type { ZodError } from 'zod';

        export interface FieldError {
          path: string;
          message: string;
        }

        /** An error that becomes an application/problem+json response. */
        export class HttpProblem extends Error {
          constructor(
            readonly status: number,
            readonly title: string,
            readonly detail: string,
            readonly errors?: FieldError[],
          ) {
            super(detail);
          }
        }

        export const badRequest = (detail: string, errors?: FieldError[]) =>
          new HttpProblem(400, 'Bad Request', detail, errors);
        export const unauthorized = (detail: string) => new HttpProblem(401, 'Unauthorized', detail);
        export const forbidden = (detail: string) => new HttpProblem(403, 'Forbidden', detail);
        export const notFound = (detail: string) => new HttpProblem(404, 'Not Found', detail);
        export const conflict = (detail: string) => new HttpProblem(409, 'Conflict', detail);

        export function validationProblem(error: ZodError): HttpProblem {
          const errors = error.issues.map((issue) => ({
            path: issue.path.map(String).join('.'),
            message: issue.message,
          }));
          const fields = errors.map((entry) => entry.path || '(body)').join(', ');
          return badRequest('The request is not valid: check ' + fields + '.', errors);
        }

        export function sendProblem(res: Response, problem: HttpProblem): void {
          res
            .status(problem.status)
            .type('application/problem+json')
            .json({
              type: 'about:blank',
              title: problem.title,
              status: problem.status,
              detail: problem.detail,
              ...(problem.errors ? { errors: problem.errors } : {}),
            });
        }

        /** The last middleware: every error leaves as problem+json, and unexpected ones are logged. */
        export const problemHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
          if (error instanceof HttpProblem) return sendProblem(res, error);
          if (isBodyParserError(error)) {
            return sendProblem(
              res,
              badRequest('The request body is not valid JSON or is too large: ' + error.message),
            );
          }
          console.error(error);
          sendProblem(
            res,
            new HttpProblem(500, 'Internal Server Error', 'Something went wrong; the error was logged.'),
          );
        };

        function isBodyParserError(error: unknown): error is { type: string; message: string } {
          return typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string';
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/http/database-errors.ts',
      code`
        /** The SQLSTATE of a PostgreSQL error, whether raw or wrapped by Drizzle. */
        export function postgresErrorOf(
          error: unknown,
        ): { code: string; constraint: string | undefined } | undefined {
          for (let current: unknown = error; typeof current === 'object' && current !== null;) {
            const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
            if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
              return {
                code: candidate.code,
                constraint: typeof candidate.constraint === 'string' ? candidate.constraint : undefined,
              };
            }
            current = candidate.cause;
          }
          return undefined;
        }

        export const UNIQUE_VIOLATION = '23505';
        export const FOREIGN_KEY_VIOLATION = '23503';
        /** Raised instead of 23503 when the foreign key says ON DELETE RESTRICT. */
        export const RESTRICT_VIOLATION = '23001';
      `,
    ),
  ];
}
