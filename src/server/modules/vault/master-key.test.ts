import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKeyEncryptionKey, MASTER_KEY_FILE } from './master-key.js';

describe('loadKeyEncryptionKey', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'webnova-vault-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const keyFile = () => path.join(dataDir, MASTER_KEY_FILE);

  it('creates <dataDir>/master.key with mode 0600 on first use and reuses it afterwards', async () => {
    const first = await loadKeyEncryptionKey({ masterKeyBase64: undefined, dataDir });
    expect(first.key).toHaveLength(32);
    expect(first.version).toBe(1);
    expect((await stat(keyFile())).mode & 0o777).toBe(0o600);
    expect((await readFile(keyFile(), 'utf8')).trim()).toBe(first.key.toString('base64'));

    const second = await loadKeyEncryptionKey({ masterKeyBase64: undefined, dataDir });
    expect(second.key.equals(first.key)).toBe(true);
  });

  it('creates the data directory when it does not exist yet', async () => {
    const nested = path.join(dataDir, 'not', 'yet');
    const kek = await loadKeyEncryptionKey({ masterKeyBase64: undefined, dataDir: nested });
    expect(kek.key).toHaveLength(32);
    expect((await stat(path.join(nested, MASTER_KEY_FILE))).mode & 0o777).toBe(0o600);
  });

  it('gives every concurrent first caller the same key', async () => {
    const keys = await Promise.all(
      Array.from({ length: 8 }, () => loadKeyEncryptionKey({ masterKeyBase64: undefined, dataDir })),
    );
    const distinct = new Set(keys.map((kek) => kek.key.toString('hex')));
    expect(distinct.size).toBe(1);
  });

  it('takes WEBNOVA_MASTER_KEY when given, and then writes no key file', async () => {
    const key = randomBytes(32);
    const kek = await loadKeyEncryptionKey({ masterKeyBase64: key.toString('base64'), dataDir });
    expect(kek.key.equals(key)).toBe(true);
    await expect(stat(keyFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    ['16 bytes', randomBytes(16).toString('base64')],
    ['64 bytes', randomBytes(64).toString('base64')],
    ['text that is not base64', 'not base64 at all!'],
    ['an empty value', ''],
  ])('rejects WEBNOVA_MASTER_KEY of %s, naming the variable', async (_what, value) => {
    await expect(loadKeyEncryptionKey({ masterKeyBase64: value, dataDir })).rejects.toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^WEBNOVA_MASTER_KEY must be the base64 of exactly 32 bytes/),
        hint: expect.stringContaining('openssl rand -base64 32'),
      }),
    );
  });

  it('rejects a damaged key file, naming the file', async () => {
    await writeFile(keyFile(), randomBytes(20).toString('base64'), { mode: 0o600 });
    await expect(loadKeyEncryptionKey({ masterKeyBase64: undefined, dataDir })).rejects.toThrow(
      `${keyFile()} must be the base64 of exactly 32 bytes (got 20 bytes)`,
    );
  });
});
