// Pure: how a tenant's slug is made from its name. No I/O; randomness is passed in.

/** Leaves room for a `-NN` suffix within the 48 characters a slug may have. */
const MAX_BASE_LENGTH = 40;
const RANDOM_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The slug a name suggests: accents folded, lowercase, runs of other characters turned into one
 * hyphen. `null` when the name has no Latin letters (e.g. an Arabic name): a transliteration guess
 * would be worse than a neutral random slug.
 */
export function slugBaseOf(name: string): string | null {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase();
  if (!/[a-z]/.test(folded)) return null;
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : null;
}

/** `org-` and six random characters; `pick(n)` returns an integer in [0, n). */
export function randomSlug(pick: (bound: number) => number): string {
  let suffix = '';
  for (let i = 0; i < 6; i += 1) suffix += RANDOM_ALPHABET[pick(RANDOM_ALPHABET.length)];
  return `org-${suffix}`;
}

/** The first of `base`, `base-2`, `base-3`, … that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
