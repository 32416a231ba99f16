import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  existsSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../kernel/index.js';
import {
  dropPlatformDatabase,
  PGLITE_VERSION,
  prepareDatabaseHost,
  provisionPlatformDatabase,
  snapshotEmbeddedDatabase,
  type DatabaseHost,
} from './index.js';

let rootDir: string;
let host: DatabaseHost;
// The empty database new platforms are copied from, shared with the server tests (initdb is slow).
const templateDir = path.join(tmpdir(), `webnova-test-pglite-template-${PGLITE_VERSION}`);

beforeAll(() => prepareDatabaseHost({ kind: 'embedded', rootDir: tmpdir(), templateDir }), 180_000);

beforeEach(() => {
  rootDir = mkdtempSync(path.join(tmpdir(), 'webnova-databases-'));
  host = { kind: 'embedded', rootDir, templateDir };
});

afterEach(() => {
  rmSync(rootDir, { recursive: true, force: true });
});

describe('embedded platform databases', () => {
  it('gives each platform its own directory, readable by this user only', async () => {
    const a = await provisionPlatformDatabase(host, { platformId: 'platform-a', password: 'unused' });
    const b = await provisionPlatformDatabase(host, { platformId: 'platform-b', password: 'unused' });
    expect(a).toEqual({
      kind: 'pglite',
      env: { DATA_DIR: path.join(rootDir, 'platform-a') },
      label: expect.stringContaining('platform-a') as unknown,
    });
    expect(b.env.DATA_DIR).toBe(path.join(rootDir, 'platform-b'));
    expect(statSync(path.join(rootDir, 'platform-a')).mode & 0o777).toBe(0o700);
  });

  it('starts each platform from its own copy of the empty template database', async () => {
    const a = await provisionPlatformDatabase(host, { platformId: 'platform-a', password: 'unused' });
    const b = await provisionPlatformDatabase(host, { platformId: 'platform-b', password: 'unused' });
    for (const database of [a, b]) {
      expect(readFileSync(path.join(database.env.DATA_DIR ?? '', 'PG_VERSION'), 'utf8').trim()).toMatch(
        /^\d+$/,
      );
    }
    writeFileSync(path.join(a.env.DATA_DIR ?? '', 'marker'), 'a');
    expect(existsSync(path.join(b.env.DATA_DIR ?? '', 'marker'))).toBe(false);
    expect(existsSync(path.join(templateDir, 'marker'))).toBe(false);
  });

  it('provisions twice without touching the data already there', async () => {
    const first = await provisionPlatformDatabase(host, { platformId: 'p1', password: 'unused' });
    writeFileSync(path.join(first.env.DATA_DIR ?? '', 'PG_VERSION'), '17');
    const second = await provisionPlatformDatabase(host, { platformId: 'p1', password: 'unused' });
    expect(second).toEqual(first);
    expect(readFileSync(path.join(second.env.DATA_DIR ?? '', 'PG_VERSION'), 'utf8')).toBe('17');
  });

  it('drops the directory, and dropping again is fine', async () => {
    await provisionPlatformDatabase(host, { platformId: 'p1', password: 'unused' });
    await dropPlatformDatabase(host, 'p1');
    await dropPlatformDatabase(host, 'p1');
    expect(existsSync(path.join(rootDir, 'p1'))).toBe(false);
  });

  it('refuses a platform id that would leave the root directory', async () => {
    await expect(
      provisionPlatformDatabase(host, { platformId: '../elsewhere', password: 'x' }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(dropPlatformDatabase(host, '..')).rejects.toMatchObject({ code: 'bad_request' });
  });
});

describe('snapshotEmbeddedDatabase', () => {
  function fillDatabase(dir: string): void {
    mkdirSync(path.join(dir, 'base', '1'), { recursive: true });
    writeFileSync(path.join(dir, 'PG_VERSION'), '17');
    writeFileSync(path.join(dir, 'base', '1', '1259'), 'rows before the redeploy');
  }

  it('restore brings back the files as they were', async () => {
    const dir = path.join(rootDir, 'p1');
    fillDatabase(dir);
    const snapshot = await snapshotEmbeddedDatabase(dir);
    writeFileSync(path.join(dir, 'base', '1', '1259'), 'rows a failed migration changed');
    writeFileSync(path.join(dir, 'base', '1', '2000'), 'a table it added');
    await snapshot.restore();
    expect(readFileSync(path.join(dir, 'base', '1', '1259'), 'utf8')).toBe('rows before the redeploy');
    expect(existsSync(path.join(dir, 'base', '1', '2000'))).toBe(false);
    expect(readdirSync(rootDir)).toEqual(['p1']);
  });

  it('discard keeps the current files and removes the copy', async () => {
    const dir = path.join(rootDir, 'p1');
    fillDatabase(dir);
    const snapshot = await snapshotEmbeddedDatabase(dir);
    writeFileSync(path.join(dir, 'PG_VERSION'), '18');
    await snapshot.discard();
    await snapshot.restore();
    expect(readFileSync(path.join(dir, 'PG_VERSION'), 'utf8')).toBe('18');
    expect(readdirSync(rootDir)).toEqual(['p1']);
  });

  it('restoring a snapshot of a directory that did not exist removes what was created since', async () => {
    const dir = path.join(rootDir, 'p1');
    const snapshot = await snapshotEmbeddedDatabase(dir);
    fillDatabase(dir);
    await snapshot.restore();
    expect(existsSync(dir)).toBe(false);
  });
});
