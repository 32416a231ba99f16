import type { ProblemDetails } from '../contracts/index.js';
import { CliError } from './cli-error.js';

/**
 * The server's hints speak HTTP (headers, routes). Where the CLI has its own way to fix the problem,
 * it says that instead, keyed by the problem's stable `code`.
 */
const CLI_HINTS: Partial<Record<string, string>> = {
  unauthenticated:
    'Pass an API token with --token or set WEBNOVA_TOKEN; `webnova owner create` prints the first one, `webnova tokens create` makes more.',
  validation_failed:
    'Fix the values named above and run the command again; add --help to see what each takes.',
};

/** Routes the server's hints point at, and the commands that do the same from the terminal. */
const ROUTE_COMMANDS: readonly [RegExp, string][] = [
  [/GET \/api\/tenants\b/g, '`webnova tenants list`'],
  [/GET \/api\/auth\/tokens\b/g, '`webnova tokens list`'],
  [/GET \/api\/auth\/session\b/g, '`webnova whoami`'],
  [/the X-Tenant-Id header/gi, '--tenant/WEBNOVA_TENANT'],
];

/** A refusal from the WebNova API (a problem+json response), told in the CLI's words. */
export class ApiError extends CliError {
  readonly status: number;
  readonly code: string;
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    const { message, hint } = problemToMessage(problem);
    super(message, { hint });
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }
}

/**
 * The detail, the fields at fault (unless the detail already names them) and the request id, so an
 * operator can find the request in the server's log.
 */
export function problemToMessage(problem: ProblemDetails): { message: string; hint: string | undefined } {
  const lines = [problem.detail];
  for (const fieldProblem of problem.errors ?? []) {
    if (!problem.detail.includes(fieldProblem.path)) {
      lines.push(`  - ${fieldProblem.path}: ${fieldProblem.message}`);
    }
  }
  if (problem.status >= 500) lines.push(`(request id ${problem.requestId})`);
  return { message: lines.join('\n'), hint: CLI_HINTS[problem.code] ?? inCliTerms(problem.hint) };
}

function inCliTerms(hint: string | undefined): string | undefined {
  return ROUTE_COMMANDS.reduce((text, [route, command]) => text?.replace(route, command), hint);
}
