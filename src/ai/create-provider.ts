import type { ProviderName } from '../contracts/index.js';
import { AppError } from '../kernel/index.js';
import { createAnthropicProvider } from './anthropic/index.js';
import { createOfflineProvider } from './offline/index.js';
import type { BlueprintProvider } from './provider.js';

export interface CreateProviderOptions {
  /** The provider asked for (`--provider`); when absent, Claude if a key is set, else offline. */
  provider?: ProviderName;
  /** Where settings come from, usually `process.env`. */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Picks and configures the Blueprint provider from the environment:
 * `ANTHROPIC_API_KEY`, `ANTHROPIC_MODEL`, `ANTHROPIC_BASE_URL` and `WEBNOVA_AI_TIMEOUT_MS`.
 * @example
 * const provider = createProvider({ provider: options.provider, env: process.env });
 */
export function createProvider({ provider, env }: CreateProviderOptions): BlueprintProvider {
  const apiKey = setting(env, 'ANTHROPIC_API_KEY');
  const chosen = provider ?? (apiKey ? 'anthropic' : 'offline');
  if (chosen === 'offline') return createOfflineProvider();
  if (!apiKey) {
    throw new AppError('bad_request', 'The anthropic provider needs ANTHROPIC_API_KEY, which is not set', {
      hint: 'Set ANTHROPIC_API_KEY or use --provider offline',
    });
  }
  return createAnthropicProvider({
    apiKey,
    model: setting(env, 'ANTHROPIC_MODEL'),
    baseURL: setting(env, 'ANTHROPIC_BASE_URL'),
    timeoutMs: timeoutOf(env),
  });
}

/** A variable's value, with blank treated as unset (an empty `ANTHROPIC_MODEL=` must not become the model). */
function setting(env: CreateProviderOptions['env'], name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function timeoutOf(env: CreateProviderOptions['env']): number | undefined {
  const raw = setting(env, 'WEBNOVA_AI_TIMEOUT_MS');
  if (raw === undefined) return undefined;
  const timeoutMs = Number(raw);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new AppError(
      'bad_request',
      `WEBNOVA_AI_TIMEOUT_MS must be a whole number of milliseconds, not "${raw}"`,
      {
        hint: 'Set WEBNOVA_AI_TIMEOUT_MS to a value such as 60000 (one minute), or unset it for the default.',
      },
    );
  }
  return timeoutMs;
}
