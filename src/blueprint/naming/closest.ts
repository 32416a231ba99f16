/**
 * "Did you mean …?": the nearest candidate to a mistyped word by edit distance.
 * @module
 */

/** Levenshtein distance, case-insensitive, with one reusable row so long lists stay cheap. */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left === right) return 0;
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[right.length] ?? Math.max(left.length, right.length);
}

/** The candidate nearest to `word`, whatever the distance; `undefined` only for an empty list. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The candidate close enough to be a plausible typo of `word` (about one edit in three letters, or
 * the same word in another case), or `undefined` when nothing is that close.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const best = nearest(word, candidates);
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(word.length, best.length) / 3));
  return editDistance(word, best) <= allowed ? best : undefined;
}
