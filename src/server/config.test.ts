import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs on embedded PGlite in ./.webnova on port 3000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: path.resolve('.webnova'),
      databaseUrl: undefined,
      secureCookies: false,
    });
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      WEBNOVA_DATA_DIR: '/var/lib/webnova',
      DATABASE_URL: 'postgres://webnova@db:5432/webnova',
      WEBNOVA_SETUP_TOKEN: 'a-long-enough-setup-token',
      WEBNOVA_SECURE_COOKIES: 'true',
      WEBNOVA_SESSION_HOURS: '12',
      WEBNOVA_LOGIN_ATTEMPTS_PER_15_MIN: '5',
      LOG_LEVEL: 'warn',
      ANTHROPIC_API_KEY: 'sk-test',
      ANTHROPIC_MODEL: 'claude-test',
      WEBNOVA_AI_PROVIDER: 'offline',
      WEBNOVA_MASTER_KEY: 'bWFzdGVyLWtleS1tYXN0ZXIta2V5LW1hc3Rlci1rZXk=',
      WEBNOVA_PREVIEW_HOST: '0.0.0.0',
      WEBNOVA_PREVIEW_PUBLIC_HOST: 'factory.example.org',
      WEBNOVA_PLATFORM_MEMORY_MB: '2048',
      WEBNOVA_PLATFORM_DATABASE_URL: 'postgres://platforms@db:5432/postgres',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/webnova',
      databaseUrl: 'postgres://webnova@db:5432/webnova',
      setupToken: 'a-long-enough-setup-token',
      secureCookies: true,
      sessionHours: 12,
      loginAttemptsPer15Min: 5,
      logLevel: 'warn',
      masterKey: expect.objectContaining({ reveal: expect.any(Function) }) as unknown,
      runtime: {
        previewHost: '0.0.0.0',
        previewPublicHost: 'factory.example.org',
        memoryLimitMb: 2048,
        databaseUrl: 'postgres://platforms@db:5432/postgres',
      },
      ai: {
        defaultProvider: 'offline',
        anthropicApiKey: expect.objectContaining({ reveal: expect.any(Function) }) as unknown,
        anthropicModel: 'claude-test',
      },
    });
    expect(config.ai.anthropicApiKey?.reveal()).toBe('sk-test');
    expect(config.masterKey?.reveal()).toBe('bWFzdGVyLWtleS1tYXN0ZXIta2V5LW1hc3Rlci1rZXk=');
    expect(JSON.stringify(config)).not.toContain('bWFzdGVy');
  });

  it('names each bad variable and says where to read more', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT:/);
      expect((error as Error).message).toMatch(/DATABASE_URL: must be a postgres/);
      expect((error as Error).message).toMatch(/README\.md/);
    }
  });
});
