/**
 * Text plumbing shared by the extractors: Arabic normalization, word tokens with candidate stems,
 * clause splitting and list splitting. Pure and deterministic.
 * @module
 */

const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

/** Folds the spelling variants Arabic writers use interchangeably, so lexicon forms match text. */
export function normalizeArabic(text: string): string {
  return text
    .replace(ARABIC_DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

export const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
// Letters and tatweel, then any diacritics (marks) written on them.
const ARABIC_WORD = /(?:[\u0621-\u064A\u0640]\p{M}*)+/gu;
const LATIN_WORD = /[a-z0-9]+/g;

/** One word of a text with its position and the forms it may stand for. */
export interface Token {
  /** The normalized word (lower case Latin, or normalized Arabic). */
  word: string;
  /** The word and, for Arabic, the word with clitic prefixes (و, ب, ل, ال, …) removed. */
  stems: readonly string[];
  start: number;
  end: number;
}

const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

/** The word and its readings without attached conjunctions, prepositions and the article. */
export function arabicStems(word: string): string[] {
  const stems = [word];
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) {
      const rest = word.slice(prefix.length);
      stems.push(rest);
      if (prefix.length === 1 && rest.startsWith('ال') && rest.length > 3) stems.push(rest.slice(2));
      if ((prefix === 'و' || prefix === 'ف') && rest.length > 3 && /^[بلك]/.test(rest))
        stems.push(rest.slice(1));
    }
  }
  return [...new Set(stems)];
}

/** Splits text into Latin and Arabic word tokens (Latin lower-cased, Arabic normalized). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const match of lower.matchAll(LATIN_WORD)) {
    const word = match[0];
    tokens.push({ word, stems: [word], start: match.index, end: match.index + word.length });
  }
  for (const match of text.matchAll(ARABIC_WORD)) {
    const word = normalizeArabic(match[0]);
    if (word.length === 0) continue;
    tokens.push({ word, stems: arabicStems(word), start: match.index, end: match.index + match[0].length });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** Sentences and clauses: split on full stops, semicolons, new lines and Arabic punctuation. */
export function splitClauses(text: string): string[] {
  return text
    .split(/(?<=[.!?؟;؛])\s+|\n+|(?<=[a-z])\.(?=[A-Z])/)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
}

/**
 * Splits "a, b and c (x, y)" into its items, keeping parentheses whole and treating "and", "or",
 * "&", "،" and a leading Arabic "و" on a word as separators.
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || char === '،' || char === ';')) {
      items.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  items.push(current);
  return items
    .flatMap((item) => splitOutsideParentheses(item, /\s+(?:and|or|&|as well as|plus)\s+/i))
    .map((item) => item.replace(/^\s*(?:and|or|&)\s+/i, '').trim())
    .filter((item) => item.length > 0);
}

function splitOutsideParentheses(text: string, separator: RegExp): string[] {
  if (text.includes('(')) return [text];
  return text.split(separator);
}

/** True when the text holds at least one Arabic letter. */
export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}
