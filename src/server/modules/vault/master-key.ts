import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../kernel/index.js';
import { KEY_BYTES } from './envelope.js';

/** The installation's key-encryption key: it wraps every tenant's data key and nothing else. */
export interface KeyEncryptionKey {
  /** Recorded with each wrapped data key, so a future rotation knows which ones to re-wrap. */
  version: number;
  key: Buffer;
}

export interface LoadKeyEncryptionKeyOptions {
  /** WEBNOVA_MASTER_KEY: base64 of 32 bytes. */
  masterKeyBase64: string | undefined;
  dataDir: string;
}

export const MASTER_KEY_VARIABLE = 'WEBNOVA_MASTER_KEY';
export const MASTER_KEY_FILE = 'master.key';
// Rotation is not built yet: every KEK so far is version 1.
const CURRENT_KEK_VERSION = 1;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The KEK from WEBNOVA_MASTER_KEY when set (production: the key lives outside the data it protects), else
 * from `<dataDir>/master.key`, created with mode 0600 on first use so an embedded installation just works.
 * The file holds the same base64 text the variable takes, so moving to the variable is a copy and paste.
 */
export async function loadKeyEncryptionKey(options: LoadKeyEncryptionKeyOptions): Promise<KeyEncryptionKey> {
  if (options.masterKeyBase64 !== undefined) {
    return { version: CURRENT_KEK_VERSION, key: decodeKey(options.masterKeyBase64, MASTER_KEY_VARIABLE) };
  }
  const file = path.join(options.dataDir, MASTER_KEY_FILE);
  const text = (await readIfExists(file)) ?? (await createKeyFile(file));
  return { version: CURRENT_KEK_VERSION, key: decodeKey(text, file) };
}

function decodeKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  const key = BASE64.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (key.length !== KEY_BYTES) {
    throw new AppError(
      'unavailable',
      `${source} must be the base64 of exactly ${KEY_BYTES} bytes (got ${key.length} bytes)`,
      {
        hint: `Generate one with \`openssl rand -base64 ${KEY_BYTES}\`. If secrets were already stored, restore the key they were stored with instead: a new key cannot decrypt them.`,
      },
    );
  }
  return key;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

/**
 * Writes a new key under a temporary name and links it into place: `link` fails if the file exists, so
 * two processes starting together agree on one key, and nobody ever reads a half-written file.
 */
async function createKeyFile(file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  const text = `${randomBytes(KEY_BYTES).toString('base64')}\n`;
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, text, { mode: 0o600, flag: 'wx' });
  try {
    await chmod(temporary, 0o600); // writeFile's mode passes through the umask; make it exactly 0600
    await link(temporary, file);
    return text;
  } catch (error) {
    if (isErrorCode(error, 'EEXIST')) return readFile(file, 'utf8');
    throw error;
  } finally {
    await unlink(temporary);
  }
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
