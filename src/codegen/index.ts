/**
 * The code generation engine: a valid Blueprint in, a complete project out, as a sorted list of files
 * with a content hash. Pure and deterministic: no I/O, no clock, no randomness, so the same Blueprint
 * and generator version always give byte-identical files and the same hash.
 * @module
 */
import type { Blueprint } from '../contracts/index.js';
import { contentHashOf } from './content-hash.js';
import type { GeneratedFile } from './generated-file.js';
import { buildModel } from './model/index.js';
import { generateServerFiles } from './backend/index.js';
import { generateWebFiles } from './web/index.js';

export type { GeneratedFile } from './generated-file.js';

/** Bumped when templates change what they emit, so stored generations can say what made them. */
export const GENERATOR_VERSION = '0.2.1';

export interface GeneratedCodebase {
  /** Sorted by path. */
  files: GeneratedFile[];
  /** SHA-256 (hex) over every path and content. */
  contentHash: string;
  generatorVersion: string;
}

export interface GenerateOptions {
  generatorVersion?: string;
}

/**
 * Files the user owns once written: regeneration creates them when missing and never overwrites them.
 * @example isWriteOnce('src/custom/hooks.ts') // true
 */
export function isWriteOnce(path: string): boolean {
  return path.startsWith('src/custom/') || path.startsWith('web/custom/');
}

/** Generates the whole project for a Blueprint that `validateBlueprint` accepted. */
export function generateCodebase(blueprint: Blueprint, options: GenerateOptions = {}): GeneratedCodebase {
  const model = buildModel(blueprint);
  const files = [...generateServerFiles(model), ...generateWebFiles(blueprint, model)];
  const byPath = new Map<string, GeneratedFile>();
  for (const file of files) {
    if (byPath.has(file.path))
      throw new Error(`Two templates wrote ${file.path}; each path must have one owner`);
    byPath.set(file.path, file);
  }
  const sorted = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    files: sorted,
    contentHash: contentHashOf(sorted),
    generatorVersion: options.generatorVersion ?? GENERATOR_VERSION,
  };
}
