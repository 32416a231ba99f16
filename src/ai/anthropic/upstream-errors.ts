import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import { AppError } from '../../kernel/index.js';

export interface CallSettings {
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

const OFFLINE = 'or use --provider offline';

/**
 * Turns what the SDK throws, once its own retries are spent, into an error a person can act on.
 * An abort is passed on as the abort it is (the signal's reason, an `AbortError` by default), so
 * callers can tell "stopped on purpose" from "failed".
 */
export function upstreamError(
  error: unknown,
  settings: CallSettings,
  signal: AbortSignal | undefined,
): unknown {
  if (signal?.aborted) return signal.reason;
  if (error instanceof APIUserAbortError)
    return new DOMException('The Claude call was aborted', 'AbortError');
  if (!(error instanceof APIError)) return error;
  return apiFailure(error as APIError, settings);
}

/** `APIError` spelt out: `instanceof` would narrow to `APIError<any, any, any>`. */
function apiFailure(error: APIError, settings: CallSettings): AppError {
  const tries = `${settings.maxRetries + 1} attempt${settings.maxRetries === 0 ? '' : 's'}`;
  const details = {
    status: error.status ?? null,
    type: error.type,
    requestId: error.requestID ?? null,
    model: settings.model,
  };
  const failed = (message: string, hint: string) =>
    new AppError('upstream_failed', message, { hint, details, cause: error });

  if (error instanceof APIConnectionTimeoutError) {
    return new AppError(
      'upstream_timeout',
      `Claude did not start answering within ${settings.timeoutMs} ms (${tries})`,
      {
        hint: `Try again; if it keeps happening, raise WEBNOVA_AI_TIMEOUT_MS ${OFFLINE}.`,
        details,
        cause: error,
      },
    );
  }
  if (error instanceof APIConnectionError) {
    return failed(
      `Could not reach the Anthropic API (${tries}): ${error.cause instanceof Error ? error.cause.message : error.message}`,
      `Check the network and ANTHROPIC_BASE_URL, ${OFFLINE}.`,
    );
  }
  if (error instanceof AuthenticationError) {
    return failed(
      'Anthropic refused the ANTHROPIC_API_KEY (401): the key is missing, mistyped or revoked',
      'Set ANTHROPIC_API_KEY to a valid key from console.anthropic.com, or use --provider offline.',
    );
  }
  if (error instanceof PermissionDeniedError) {
    return failed(
      `Anthropic refused this ANTHROPIC_API_KEY access to ${settings.model} (403)`,
      `Check the key's workspace and permissions, choose another ANTHROPIC_MODEL, ${OFFLINE}.`,
    );
  }
  if (error instanceof NotFoundError) {
    return failed(
      `Anthropic does not know the model ${settings.model} (404)`,
      'Set ANTHROPIC_MODEL to a current Claude model, or unset it to use the default.',
    );
  }
  if (error instanceof RateLimitError) {
    const retryAfter = error.headers.get('retry-after');
    return failed(
      `Anthropic kept refusing for rate limits (429, ${tries})`,
      `Wait ${retryAfter ? `${retryAfter} s` : 'a minute'} and try again, or raise the key's rate limits ${OFFLINE}.`,
    );
  }
  if (error.status === undefined) {
    return failed(
      `Claude's answer broke off with ${error.type ?? 'an error'}: ${error.apiMessage ?? error.message}`,
      `Try again in a moment ${OFFLINE}.`,
    );
  }
  if (error.status >= 500) {
    const overloaded = error.status === 529 || error.type === 'overloaded_error';
    return failed(
      `The Anthropic API failed with ${error.status}${overloaded ? ' (overloaded)' : ''} after ${tries}`,
      `Anthropic is having trouble; try again in a minute ${OFFLINE}.`,
    );
  }
  return failed(
    `The Anthropic API refused the request (${error.status} ${error.type ?? ''}): ${error.apiMessage ?? error.message}`,
    'This is likely a WebNova bug or a description too large for one request; shorten it or report the problem.',
  );
}
