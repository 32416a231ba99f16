import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { describe, integerIn } from '../command-kit.js';

const WEB_APP_INDEX = new URL('../../../dist/web/index.html', import.meta.url);

/** `webnova start`: the same server as `npm start` (minus building the web app), configured by the environment. */
export function startCommand(program: Command): void {
  describe(
    program.command('start'),
    'Run the WebNova server in the foreground until Ctrl-C. Reads PORT, HOST, WEBNOVA_DATA_DIR, DATABASE_URL and the other variables listed under "Configuration" in README.md.',
    ['webnova start', 'webnova start --port 8080', 'DATABASE_URL=postgres://localhost/webnova webnova start'],
  )
    .option('--port <port>', 'port to listen on (overrides PORT)', integerIn(0, 65_535))
    .action(async (options: { port?: number }) => {
      if (options.port !== undefined) process.env.PORT = String(options.port);
      // `npm start` builds the web app first; this command does not (vite is a dev tool), so say so.
      if (!existsSync(WEB_APP_INDEX)) {
        process.stderr.write(
          'Note: the web app is not built, so browsers get a page saying so; run `npm run build:web` once. The API works without it.\n',
        );
      }
      // The server module starts on import and owns the process from then on (signals, exit codes).
      await import('../../server/main.js');
    });
}
