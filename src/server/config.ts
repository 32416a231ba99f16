import path from 'node:path';
import { inspect } from 'node:util';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every environment variable WebNova reads. README.md lists the same with their meanings. */
const Environment = z
  .object({
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
    /** Claude's API key; with it, Claude is the default AI provider. */
    ANTHROPIC_API_KEY: z.string().min(1).optional(),
    ANTHROPIC_MODEL: z.string().min(1).max(200).optional(),
    /** Another endpoint speaking the Messages API, e.g. a gateway inside the customer's network. */
    ANTHROPIC_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /** How long to wait for the AI provider to start answering, per attempt. */
    WEBNOVA_AI_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).optional(),
    /** The AI provider used when a request names none: `anthropic` (needs the key) or `offline`. */
    WEBNOVA_AI_PROVIDER: z.enum(['offline', 'anthropic']).optional(),
    /** Base64 of 32 random bytes: the key that wraps each tenant's data key. Else <data dir>/master.key. */
    WEBNOVA_MASTER_KEY: z.string().min(1).optional(),
    /** Where previews listen; their URLs carry WEBNOVA_PREVIEW_PUBLIC_HOST (default: the same). */
    WEBNOVA_PREVIEW_HOST: z.string().min(1).default('127.0.0.1'),
    WEBNOVA_PREVIEW_PUBLIC_HOST: z.string().min(1).optional(),
    /** Resident memory limit of each platform process, in MB (an embedded database first made takes ~850). */
    WEBNOVA_PLATFORM_MEMORY_MB: z.coerce.number().int().min(64).max(65_536).default(1024),
    /** A PostgreSQL URL allowed to create databases and roles, for platform databases (default DATABASE_URL). */
    WEBNOVA_PLATFORM_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
  })
  .superRefine((env, context) => {
    if (env.WEBNOVA_AI_PROVIDER === 'anthropic' && !env.ANTHROPIC_API_KEY) {
      context.addIssue({
        code: 'custom',
        path: ['WEBNOVA_AI_PROVIDER'],
        message: 'is anthropic, which needs ANTHROPIC_API_KEY: set the key, or choose offline',
      });
    }
  });

/**
 * A value that must never reach a log or a response: printing it, serializing it or inspecting it shows
 * `[redacted]`; only `reveal()` gives the value, at the one place that needs it.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [inspect.custom](): string {
    return '[redacted]';
  }
}

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
    masterKey: env.WEBNOVA_MASTER_KEY ? new Secret(env.WEBNOVA_MASTER_KEY) : undefined,
    runtime: {
      previewHost: env.WEBNOVA_PREVIEW_HOST,
      previewPublicHost: env.WEBNOVA_PREVIEW_PUBLIC_HOST ?? env.WEBNOVA_PREVIEW_HOST,
      memoryLimitMb: env.WEBNOVA_PLATFORM_MEMORY_MB,
      /** Platforms get databases on this server; on PGlite directories when neither URL is set. */
      databaseUrl: env.WEBNOVA_PLATFORM_DATABASE_URL ?? env.DATABASE_URL,
    },
    ai: {
      defaultProvider: env.WEBNOVA_AI_PROVIDER ?? (env.ANTHROPIC_API_KEY ? 'anthropic' : 'offline'),
      anthropicApiKey: env.ANTHROPIC_API_KEY ? new Secret(env.ANTHROPIC_API_KEY) : undefined,
      anthropicModel: env.ANTHROPIC_MODEL,
      anthropicBaseUrl: env.ANTHROPIC_BASE_URL,
      timeoutMs: env.WEBNOVA_AI_TIMEOUT_MS,
    } as const,
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
