import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnthropicProvider, type AnthropicProviderOptions } from './index.js';
import {
  errorReply,
  startFakeMessagesApi,
  submitBlueprintReply,
  type FakeMessagesApi,
  type ScriptedMessage,
} from './testing/index.js';

const firstMessage = { message: 'A clinic in Riyadh', current: null, history: [] } as const;
/** Asks the SDK to wait 1 ms before retrying, so the suite stays quick without changing what is retried. */
const retryAfterOneMillisecond = { 'retry-after': '0.001' };

describe('the Anthropic provider when the API misbehaves', () => {
  let api: FakeMessagesApi;
  const provider = (options: Partial<AnthropicProviderOptions> = {}) =>
    createAnthropicProvider({ apiKey: 'sk-test', baseURL: api.baseURL, maxRetries: 2, ...options });
  const retryCounts = () => api.requests.map((request) => request.headers['x-stainless-retry-count']);

  beforeEach(async () => {
    api = await startFakeMessagesApi({ acceptedApiKey: 'sk-test' });
  });
  afterEach(() => api.close());

  it('retries a 429 after the time retry-after gives, then succeeds', async () => {
    api.script(errorReply(429, { headers: retryAfterOneMillisecond }), submitBlueprintReply());
    const result = await provider().analyze(firstMessage);

    expect(result.blueprint.slug).toBe('city-clinic');
    expect(retryCounts()).toEqual(['0', '1']);
  });

  it('fails with upstream_failed, naming the status, once retries of a 500 are spent', async () => {
    const failing = errorReply(500, { headers: retryAfterOneMillisecond });
    api.script(failing, failing, failing, submitBlueprintReply());

    await expect(provider({ maxRetries: 2 }).analyze(firstMessage)).rejects.toMatchObject({
      code: 'upstream_failed',
      message: expect.stringMatching(/500 after 3 attempts/),
      hint: expect.stringContaining('try again'),
      details: expect.objectContaining({ status: 500, requestId: expect.stringMatching(/^req_/) }),
    });
    expect(retryCounts()).toEqual(['0', '1', '2']);
  });

  it('says Anthropic is overloaded on a 529', async () => {
    api.script(errorReply(529));
    await expect(provider({ maxRetries: 0 }).analyze(firstMessage)).rejects.toMatchObject({
      code: 'upstream_failed',
      message: expect.stringContaining('overloaded'),
    });
  });

  it('reports an error event in the middle of the stream, which the SDK does not retry', async () => {
    api.script({
      ...submitBlueprintReply(),
      failAfterEvents: { count: 5, errorType: 'overloaded_error' },
    });

    await expect(provider().analyze(firstMessage)).rejects.toMatchObject({
      code: 'upstream_failed',
      message: expect.stringContaining('broke off with overloaded_error'),
    });
    expect(api.requests).toHaveLength(1);
  });

  it('fails with upstream_timeout when Claude does not answer within timeoutMs', async () => {
    api.script({ ...submitBlueprintReply(), delayMs: 5_000 });

    await expect(provider({ timeoutMs: 20, maxRetries: 0 }).analyze(firstMessage)).rejects.toMatchObject({
      code: 'upstream_timeout',
      message: expect.stringContaining('20 ms'),
      hint: expect.stringContaining('WEBNOVA_AI_TIMEOUT_MS'),
    });
  });

  it('says the ANTHROPIC_API_KEY was refused on a 401, without retrying', async () => {
    const refused = createAnthropicProvider({ apiKey: 'sk-revoked', baseURL: api.baseURL, maxRetries: 2 });

    await expect(refused.analyze(firstMessage)).rejects.toMatchObject({
      code: 'upstream_failed',
      message: expect.stringContaining('refused the ANTHROPIC_API_KEY'),
      hint: expect.stringContaining('ANTHROPIC_API_KEY'),
      details: expect.objectContaining({ status: 401 }),
    });
    expect(api.requests).toHaveLength(1);
  });

  it('stops mid-stream when the signal aborts, rejecting with the abort', async () => {
    const stalling: ScriptedMessage = {
      ...submitBlueprintReply({ textBefore: ['Reading', ' on'] }),
      stallAfterEvents: 4,
    };
    api.script(stalling);
    const controller = new AbortController();
    const deltas: string[] = [];

    const analysis = provider().analyze({
      ...firstMessage,
      signal: controller.signal,
      onText: (delta) => {
        deltas.push(delta);
        controller.abort();
      },
    });

    await expect(analysis).rejects.toMatchObject({ name: 'AbortError' });
    await expect(analysis).rejects.toBe(controller.signal.reason);
    expect(deltas).toEqual(['Reading']);
    expect(api.requests).toHaveLength(1);
  });

  it('stops while waiting for the first byte when the signal aborts', async () => {
    api.script({ ...submitBlueprintReply(), delayMs: 5_000 });
    const controller = new AbortController();
    const analysis = provider().analyze({ ...firstMessage, signal: controller.signal });
    setImmediate(() => controller.abort());

    await expect(analysis).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports a reply cut off at the output limit instead of repairing it', async () => {
    api.script({ ...submitBlueprintReply(), stopReason: 'max_tokens' });

    await expect(provider().analyze(firstMessage)).rejects.toMatchObject({
      code: 'upstream_failed',
      message: expect.stringContaining('ran out of room'),
    });
    expect(api.requests).toHaveLength(1);
  });
});
