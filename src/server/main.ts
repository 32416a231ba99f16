import { pino } from 'pino';
import { isAppError } from '../kernel/index.js';
import { ConfigError, loadConfig } from './config.js';
import { startServer } from './start-server.js';

/** `npm start` / `webnova start`: run WebNova until SIGINT or SIGTERM. */
export async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = pino({ level: config.logLevel, base: { service: 'webnova' } });
  try {
    const server = await startServer(config, { log });
    const stop = (signal: string) => {
      log.info({ signal }, 'stopping');
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const message = isAppError(error)
      ? `${error.message}${error.hint ? `\n${error.hint}` : ''}`
      : String(error);
    const code = (error as { code?: unknown }).code;
    const friendly =
      code === 'EADDRINUSE' ? `Port ${config.port} is in use: set PORT to another port.` : message;
    log.fatal({ err: isAppError(error) ? undefined : error }, friendly);
    process.stderr.write(`WebNova could not start: ${friendly}\n`);
    process.exit(1);
  }
}

await main();
