import type { Command } from 'commander';
import { DeploymentLogLine, DeploymentLogs, ProblemDetails } from '../../contracts/index.js';
import { ApiError } from '../api-error.js';
import { describe, integerIn, withContext } from '../command-kit.js';
import { onInterrupt } from '../interrupt.js';
import type { Output } from '../output.js';
import type { Settings } from '../settings.js';
import {
  deploymentIdArgument,
  EXAMPLE_PLATFORM,
  platformIdArgument,
  requireTenant,
} from './runtime/arguments.js';
import { formatLogLine } from './runtime/format-runtime.js';
import { pickDeployment } from './runtime/pick-deployment.js';
import { streamRequest } from './runtime/stream-request.js';

interface LogsOptions {
  follow?: boolean;
  tail: number;
  search?: string;
}

/** How often the follower checks whether the stream ended on its own while waiting for Ctrl-C. */
const FOLLOW_CHECK_MS = 250;

/** `webnova logs`: a deployment's output (stdout, stderr and the supervisor's own lines). */
export function logsCommand(program: Command): void {
  describe(
    program
      .command('logs')
      .argument('<platformId>', 'the platform', platformIdArgument)
      .argument('[deploymentId]', 'the deployment (default: the latest)', deploymentIdArgument),
    "Print a deployment's log, the latest deployment's unless one is named. One `<time> <stream> <text>` line each: stderr marked `stderr!`, `system` for the supervisor's own lines. With -f, keep following new lines until Ctrl-C.",
    [
      `webnova logs ${EXAMPLE_PLATFORM} --tail 50`,
      `webnova logs ${EXAMPLE_PLATFORM} -f --search error`,
      `webnova logs ${EXAMPLE_PLATFORM} --json | jq '.lines[].text'`,
    ],
  )
    .option('-f, --follow', 'keep printing new lines as they are written, until Ctrl-C')
    .option('--tail <n>', 'how many of the latest lines to print first, 0 to 5000', integerIn(0, 5_000), 200)
    .option('--search <text>', 'only lines containing this text (any case)')
    .action(
      withContext<LogsOptions>(async ({ args, options, settings, client, output }) => {
        requireTenant(settings);
        const [platformId, named] = args as [string, string | undefined];
        const deploymentId = await pickDeployment(client, platformId, named);
        const query = new URLSearchParams({ tail: String(options.tail) });
        if (options.search) query.set('search', options.search);
        const path = `/api/platforms/${platformId}/deployments/${deploymentId}/logs?${query}`;
        if (options.follow) {
          await follow(settings, output, path);
          return;
        }
        const logs = await client.get(path, DeploymentLogs);
        output.result(logs, ({ lines }) =>
          lines.length > 0 ? lines.map(formatLogLine).join('\n') : 'No log lines.',
        );
      }),
    );
}

/**
 * Streams the log until Ctrl-C; with `--json` one JSON line per log line (NDJSON). The server ends the
 * stream itself when the deployment does not run here (it sends what there is, then its result).
 */
async function follow(settings: Settings, output: Output, path: string): Promise<void> {
  const interrupt = onInterrupt();
  const connection = new AbortController();
  let ended = false;
  let problem: ProblemDetails | undefined;
  const streaming = streamRequest(
    settings,
    { method: 'GET', path, signal: connection.signal },
    ({ event, data }) => {
      const value = JSON.parse(data) as unknown;
      if (event === 'line') {
        const line = DeploymentLogLine.safeParse(value);
        if (line.success) output.record(line.data, formatLogLine);
      } else if (event === 'error') {
        problem = ProblemDetails.parse(value);
      }
    },
  )
    // Kept as a value until the loop below looks: a rejection nobody awaits yet would crash Node.
    .then(
      () => undefined,
      (error: unknown) => ({ error }),
    )
    .finally(() => {
      ended = true;
    });
  let failure: { error: unknown } | undefined;
  try {
    while (!ended && !interrupt.stopped) await interrupt.sleep(FOLLOW_CHECK_MS);
    if (interrupt.stopped) connection.abort();
    failure = await streaming;
  } finally {
    interrupt.dispose();
  }
  if (failure) throw failure.error;
  if (problem) throw new ApiError(problem);
  if (!interrupt.stopped) output.note('The deployment is not running here: no more lines will come.');
}
