import { describe, expect, it } from 'vitest';
import { UsageError } from './cli-error.js';
import { DEFAULT_SERVER, resolveSettings } from './settings.js';

const TENANT = '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70';

describe('resolveSettings', () => {
  it('defaults to the local server with no credentials', () => {
    expect(resolveSettings({}, {})).toEqual({
      server: DEFAULT_SERVER,
      token: undefined,
      tenant: undefined,
      json: false,
    });
  });

  it('reads the environment', () => {
    const settings = resolveSettings(
      {},
      { WEBNOVA_SERVER: 'https://webnova.example.org', WEBNOVA_TOKEN: 'env-token', WEBNOVA_TENANT: TENANT },
    );
    expect(settings).toMatchObject({
      server: 'https://webnova.example.org',
      token: 'env-token',
      tenant: TENANT,
    });
  });

  it('lets flags win over the environment', () => {
    const settings = resolveSettings(
      { server: 'http://127.0.0.1:4000', token: 'flag-token', json: true },
      { WEBNOVA_SERVER: 'https://webnova.example.org', WEBNOVA_TOKEN: 'env-token' },
    );
    expect(settings).toMatchObject({ server: 'http://127.0.0.1:4000', token: 'flag-token', json: true });
  });

  it('treats an empty variable as unset', () => {
    expect(resolveSettings({}, { WEBNOVA_TOKEN: '', WEBNOVA_SERVER: '' })).toMatchObject({
      server: DEFAULT_SERVER,
      token: undefined,
    });
  });

  it('refuses a server that is not an http(s) URL with a usage error (exit 2)', () => {
    expect(() => resolveSettings({ server: 'localhost:3000' }, {})).toThrow(UsageError);
    expect(() => resolveSettings({ server: 'ftp://x' }, {})).toThrow(/http:\/\/ or https:\/\//);
  });

  it('refuses a tenant that is not an id before any request is sent', () => {
    expect(() => resolveSettings({ tenant: 'riyadh-clinic' }, {})).toThrow(/tenant id \(a UUID\)/);
  });
});
