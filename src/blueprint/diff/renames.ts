/**
 * Pairs names that disappeared with names that appeared: first as the revision's hints say, then by
 * inference, but only in the one unambiguous case (exactly one gone, exactly one new, and the two
 * equal apart from their names).
 * @module
 */
import type { Rename } from '../../contracts/index.js';
import { compareText } from './json-values.js';

export interface RenameMatch {
  renames: Rename[];
  /** Names only in the older version that were not renamed. */
  removed: string[];
  /** Names only in the newer version that are not rename targets. */
  added: string[];
}

export function matchRenames(
  beforeNames: readonly string[],
  afterNames: readonly string[],
  hints: readonly { from: string; to: string }[],
  equalApartFromName: (before: string, after: string) => boolean,
): RenameMatch {
  const afterSet = new Set(afterNames);
  const beforeSet = new Set(beforeNames);
  let removed = beforeNames.filter((name) => !afterSet.has(name));
  let added = afterNames.filter((name) => !beforeSet.has(name));
  const renames: Rename[] = [];
  for (const hint of hints) {
    // A hint counts only when it describes what happened: its old name went and its new name came.
    if (!removed.includes(hint.from) || !added.includes(hint.to)) continue;
    renames.push({ from: hint.from, to: hint.to, detectedBy: 'hint' });
    removed = removed.filter((name) => name !== hint.from);
    added = added.filter((name) => name !== hint.to);
  }
  const [onlyRemoved] = removed;
  const [onlyAdded] = added;
  if (
    removed.length === 1 &&
    added.length === 1 &&
    onlyRemoved !== undefined &&
    onlyAdded !== undefined &&
    equalApartFromName(onlyRemoved, onlyAdded)
  ) {
    renames.push({ from: onlyRemoved, to: onlyAdded, detectedBy: 'inferred' });
    removed = [];
    added = [];
  }
  return {
    renames: renames.sort((a, b) => compareText(a.from, b.from)),
    removed: removed.sort(compareText),
    added: added.sort(compareText),
  };
}
