import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every environment variable WebNova reads. README.md lists the same with their meanings. */
const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).optional(),
  WEBNOVA_DATA_DIR: z.string().min(1).default('./.webnova'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  WEBNOVA_SETUP_TOKEN: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  WEBNOVA_SECURE_COOKIES: flag.default(false),
  WEBNOVA_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  WEBNOVA_LOGIN_ATTEMPTS_PER_15_MIN: z.coerce.number().int().min(1).max(10_000).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.output<typeof Environment>) {
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.WEBNOVA_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    setupToken: env.WEBNOVA_SETUP_TOKEN,
    secureCookies: env.WEBNOVA_SECURE_COOKIES,
    sessionHours: env.WEBNOVA_SESSION_HOURS,
    loginAttemptsPer15Min: env.WEBNOVA_LOGIN_ATTEMPTS_PER_15_MIN,
    logLevel: env.LOG_LEVEL,
  };
}

export class ConfigError extends Error {}

/** Reads the environment; a bad value stops startup with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = Environment.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(
      `WebNova's configuration is not valid:\n${lines.join('\n')}\nSee "Configuration" in README.md.`,
    );
  }
  return toConfig(result.data);
}
