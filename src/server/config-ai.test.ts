import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('AI provider configuration', () => {
  it('defaults to the offline analyzer, and to Claude once a key is set', () => {
    expect(loadConfig({}).ai.defaultProvider).toBe('offline');
    expect(loadConfig({ ANTHROPIC_API_KEY: 'sk-secret' }).ai.defaultProvider).toBe('anthropic');
    expect(
      loadConfig({ ANTHROPIC_API_KEY: 'sk-secret', WEBNOVA_AI_PROVIDER: 'offline' }).ai.defaultProvider,
    ).toBe('offline');
  });

  it('refuses WEBNOVA_AI_PROVIDER=anthropic without a key, naming the variable and the way out', () => {
    expect(() => loadConfig({ WEBNOVA_AI_PROVIDER: 'anthropic' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBNOVA_AI_PROVIDER: 'anthropic' })).toThrow(
      /WEBNOVA_AI_PROVIDER.*ANTHROPIC_API_KEY/,
    );
  });

  it('keeps the API key out of logs and JSON; only reveal() gives it', () => {
    const config = loadConfig({ ANTHROPIC_API_KEY: 'sk-secret', ANTHROPIC_MODEL: 'claude-test' });
    expect(JSON.stringify(config)).not.toContain('sk-secret');
    expect(inspect(config, { depth: 10 })).not.toContain('sk-secret');
    expect(String(config.ai.anthropicApiKey)).toBe('[redacted]');
    expect(config.ai.anthropicApiKey?.reveal()).toBe('sk-secret');
    expect(config.ai.anthropicModel).toBe('claude-test');
  });
});
