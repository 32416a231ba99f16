import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProvider } from './create-provider.js';
import { DEFAULT_ANTHROPIC_MODEL } from './anthropic/index.js';
import {
  startFakeMessagesApi,
  submitBlueprintReply,
  type FakeMessagesApi,
} from './anthropic/testing/index.js';

const firstMessage = { message: 'A clinic in Riyadh', current: null, history: [] } as const;

describe('createProvider', () => {
  it('uses the offline analyzer when no key is set and none is named', () => {
    expect(createProvider({ env: {} }).name).toBe('offline');
    expect(createProvider({ env: { ANTHROPIC_API_KEY: '  ' } }).name).toBe('offline');
  });

  it('uses Claude when a key is set and no provider is named, and offline when offline is named', () => {
    expect(createProvider({ env: { ANTHROPIC_API_KEY: 'sk-test' } }).name).toBe('anthropic');
    expect(createProvider({ provider: 'offline', env: { ANTHROPIC_API_KEY: 'sk-test' } }).name).toBe(
      'offline',
    );
  });

  it('refuses anthropic without ANTHROPIC_API_KEY, saying how to fix it', () => {
    expect(() => createProvider({ provider: 'anthropic', env: {} })).toThrow(
      expect.objectContaining({
        code: 'bad_request',
        hint: 'Set ANTHROPIC_API_KEY or use --provider offline',
      }),
    );
  });

  it('refuses a WEBNOVA_AI_TIMEOUT_MS that is not a positive whole number', () => {
    for (const value of ['soon', '-5', '1.5', '0']) {
      expect(() =>
        createProvider({
          provider: 'anthropic',
          env: { ANTHROPIC_API_KEY: 'sk-test', WEBNOVA_AI_TIMEOUT_MS: value },
        }),
      ).toThrow(expect.objectContaining({ code: 'bad_request', message: expect.stringContaining(value) }));
    }
  });

  describe('with the Anthropic settings', () => {
    let api: FakeMessagesApi;
    beforeEach(async () => {
      api = await startFakeMessagesApi({ acceptedApiKey: 'sk-from-env' });
    });
    afterEach(() => api.close());

    it('sends the key to ANTHROPIC_BASE_URL with ANTHROPIC_MODEL', async () => {
      api.script(submitBlueprintReply());
      const provider = createProvider({
        env: {
          ANTHROPIC_API_KEY: 'sk-from-env',
          ANTHROPIC_BASE_URL: api.baseURL,
          ANTHROPIC_MODEL: 'claude-env-model',
        },
      });
      const result = await provider.analyze(firstMessage);

      expect(result.model).toBe('claude-env-model');
      expect(api.requests[0]!.body.model).toBe('claude-env-model');
    });

    it('falls back to the default model when ANTHROPIC_MODEL is blank', async () => {
      api.script(submitBlueprintReply());
      const provider = createProvider({
        provider: 'anthropic',
        env: { ANTHROPIC_API_KEY: 'sk-from-env', ANTHROPIC_BASE_URL: api.baseURL, ANTHROPIC_MODEL: '' },
      });
      await provider.analyze(firstMessage);

      expect(api.requests[0]!.body.model).toBe(DEFAULT_ANTHROPIC_MODEL);
    });

    it('gives the SDK WEBNOVA_AI_TIMEOUT_MS as its timeout', async () => {
      api.script(submitBlueprintReply());
      const provider = createProvider({
        env: {
          ANTHROPIC_API_KEY: 'sk-from-env',
          ANTHROPIC_BASE_URL: api.baseURL,
          WEBNOVA_AI_TIMEOUT_MS: '45000',
        },
      });
      await provider.analyze(firstMessage);

      // The SDK announces the timeout it enforces, in seconds, on every request.
      expect(api.requests[0]!.headers['x-stainless-timeout']).toBe('45');
    });
  });
});
