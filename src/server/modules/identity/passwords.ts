import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { randomSecret } from '../../../kernel/index.js';

// The package declares `Algorithm` as an ambient const enum, which isolatedModules cannot inline and
// which is empty at run time; the value 2 is its Argon2id member, checked by the type annotation.
const ARGON2ID: Algorithm.Argon2id = 2;

/** OWASP's first recommended argon2id setting: 19 MiB of memory, 2 passes, 1 lane. */
const ARGON2ID_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** A PHC string such as `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`; the salt is random per call. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

/** False for a wrong password and for a stored hash that cannot be read; never throws on either. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

function dummyHashOnce(): Promise<string> {
  return (dummyHash ??= hashPassword(randomSecret()));
}

/** Computes the hash `verifyNothing` checks ahead of time, so even the first unknown email costs nothing extra. */
export function prepareDummyHash(): void {
  void dummyHashOnce();
}

/**
 * Spends the time of one verification on a hash no password matches, so a login for an unknown
 * email takes as long as one with a wrong password and does not reveal which emails have accounts.
 */
export async function verifyNothing(password: string): Promise<false> {
  await verifyPassword(await dummyHashOnce(), password);
  return false;
}
