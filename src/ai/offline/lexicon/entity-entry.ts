import pluralize from 'pluralize';
import type { EntityEntry, EntityNature } from './types.js';

/** Builds a lexicon entry; the English plural defaults to pluralize's. */
export function entity(
  name: string,
  en: string,
  ar: readonly [singular: string, pluralWithArticle: string],
  nature: EntityNature,
  fields: readonly string[],
  enAliases: readonly string[] = [],
  arAliases: readonly string[] = [],
  enPlural?: string,
): EntityEntry {
  const words = en.split(' ');
  const last = words.pop() ?? en;
  return {
    name,
    en: en.charAt(0).toUpperCase() + en.slice(1),
    enPlural: enPlural ?? [...words, pluralize.plural(last)].join(' ').replace(/^./, (c) => c.toUpperCase()),
    ar: ar[0],
    arPlural: ar[1],
    nature,
    fields,
    enAliases,
    arAliases,
  };
}
