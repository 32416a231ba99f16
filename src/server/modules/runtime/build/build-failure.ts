/** Turns a failed esbuild run into the error a user can act on: which file, where, and what esbuild said. */
import type { BuildFailure, Message } from 'esbuild';
import { AppError } from '../../../../kernel/index.js';

const HINT =
  'The generated code does not compile. If you edited a file under src/custom/ or web/custom/, fix it there; ' +
  'otherwise regenerate the platform from its Blueprint.';

function isBuildFailure(error: unknown): error is BuildFailure {
  return error instanceof Error && Array.isArray((error as Partial<BuildFailure>).errors);
}

function describeMessage(message: Message): string {
  const where = message.location
    ? `${message.location.file}:${message.location.line}:${message.location.column}`
    : 'unknown location';
  const lineText = message.location?.lineText ? `\n    ${message.location.lineText.trim()}` : '';
  return `${where}: ${message.text}${lineText}`;
}

/** A failure of esbuild's API in this process, for the platform's `part` ('server', 'web app'). */
export function bundleError(error: unknown, part: string): unknown {
  if (!isBuildFailure(error) || error.errors.length === 0) return error;
  const [first] = error.errors;
  const location = first?.location;
  return new AppError(
    'unprocessable',
    `The platform's ${part} does not build: ${error.errors.map(describeMessage).join('\n')}`,
    {
      hint: HINT,
      details: location ? { file: location.file, line: location.line, column: location.column } : {},
      cause: error,
    },
  );
}

/** esbuild's text output names a location as `path:line:column:` on its own line. */
const LOCATION_LINE = /^\s*([^\s:]+):(\d+):(\d+):\s*$/m;

/** esbuild's own report comes first; the stack trace web/build.ts prints after it helps nobody. */
const STACK_TRACE = /^Error: Build failed[\s\S]*$/m;
const MAX_OUTPUT_CHARS = 4_000;

/** The failure of the web bundle, known only from the output of the child process that ran it. */
export function webBuildError(childOutput: string, exitDescription: string): AppError {
  const report = childOutput.replace(STACK_TRACE, '').trim() || childOutput.trim();
  const output = report.length > MAX_OUTPUT_CHARS ? `${report.slice(0, MAX_OUTPUT_CHARS)}…` : report;
  const location = LOCATION_LINE.exec(output);
  const where = location ? `${location[1]}:${location[2]}:${location[3]}` : undefined;
  return new AppError(
    'unprocessable',
    `The platform's web app does not build${where ? ` (${where})` : ''}, ${exitDescription}:\n${output}`,
    {
      hint: HINT,
      details: location ? { file: location[1], line: Number(location[2]), column: Number(location[3]) } : {},
    },
  );
}
