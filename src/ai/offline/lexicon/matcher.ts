/**
 * Finds known phrases (entity and field names in English and Arabic) in tokenized text, longest
 * match first, so "lab result" wins over "result" and "رقم الهوية" over "الهوية".
 * @module
 */
import { normalizeArabic, type Token } from '../text.js';

/** A phrase found in the text, with every key it can stand for (most specific first). */
export interface Mention<K> {
  keys: readonly K[];
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** The phrase as written in the lexicon, e.g. `patients`. */
  phrase: string;
}

interface Form<K> {
  words: readonly string[];
  key: K;
  phrase: string;
}

/** Forms indexed by their first word, for a single left-to-right scan. */
export class PhraseIndex<K> {
  private readonly byFirstWord = new Map<string, Form<K>[]>();

  add(phrase: string, key: K): void {
    const words = phraseWords(phrase);
    const first = words[0];
    if (first === undefined) return;
    const forms = this.byFirstWord.get(first) ?? [];
    if (forms.some((form) => form.key === key && form.words.join(' ') === words.join(' '))) return;
    forms.push({ words, key, phrase });
    this.byFirstWord.set(first, forms);
  }

  /** Non-overlapping mentions, left to right; at each position the longest form wins. */
  find(tokens: readonly Token[]): Mention<K>[] {
    const mentions: Mention<K>[] = [];
    let index = 0;
    while (index < tokens.length) {
      const found = this.longestAt(tokens, index);
      if (found) {
        mentions.push(found);
        index = found.to;
      } else {
        index++;
      }
    }
    return mentions;
  }

  private longestAt(tokens: readonly Token[], index: number): Mention<K> | undefined {
    const token = tokens[index];
    if (!token) return undefined;
    let bestLength = 0;
    let keys: K[] = [];
    let phrase = '';
    for (const stem of token.stems) {
      for (const form of this.byFirstWord.get(stem) ?? []) {
        if (form.words.length < bestLength || !matchesAt(tokens, index, form.words)) continue;
        if (form.words.length > bestLength) {
          bestLength = form.words.length;
          keys = [];
          phrase = form.phrase;
        }
        if (!keys.includes(form.key)) keys.push(form.key);
      }
    }
    if (bestLength === 0) return undefined;
    const last = tokens[index + bestLength - 1] ?? token;
    return { keys, from: index, to: index + bestLength, start: token.start, end: last.end, phrase };
  }
}

function matchesAt(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[index + offset]?.stems.includes(word) ?? false);
}

/** Lower-cased Latin words, or normalized Arabic words without the article. */
export function phraseWords(phrase: string): string[] {
  return normalizeArabic(phrase.toLowerCase())
    .split(/[\s\-']+/)
    .filter((word) => word.length > 0)
    .map((word) => (/^ال/.test(word) && word.length > 3 ? word.slice(2) : word));
}
