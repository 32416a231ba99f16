/**
 * Names split into lower-case words, for the guesses that look for meaningful words inside them.
 * @module
 */
import { toKebabCase } from '../../blueprint/index.js';

/** `unitPrice` → `unit`, `price`; `LAB_RESULT` → `lab`, `result`. */
export function wordsOfName(name: string): string[] {
  return toKebabCase(name)
    .split('-')
    .filter((word) => word.length > 0);
}
