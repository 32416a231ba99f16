/**
 * Which language a message is in. The analyzer reads English and Arabic; anything else is refused
 * with a hint instead of being misread.
 * @module
 */
import { AppError } from '../../kernel/index.js';
import { ARABIC_LETTER } from './text.js';

export type MessageLanguage = 'en' | 'ar';

// Short, frequent function words: they decide the language of a sentence better than nouns do.
const ENGLISH_WORDS = new Set(
  'the a an and or of for with to in on is are be we our us it its that this each every has have need needs want wants should must can will which who where when from by at as per their they them system platform app manage track add remove delete rename make use also all some many one two'.split(
    ' ',
  ),
);

const OTHER_LANGUAGE_WORDS = new Set(
  [
    // French
    'le la les des du une un et pour avec est sont dans nous notre sur qui que au aux ce cette gestion système',
    // Spanish and Portuguese
    'el los las y para con es son una del que en nuestro nuestra sistema gestión gestao um uma os não são pelo pela',
    // German and Dutch
    'der die das und für mit ist sind ein eine einen von zu wir unser unsere verwaltung het een voor met zijn',
    // Italian
    'il gli della delle per con sono una nostro nostra gestione',
  ]
    .join(' ')
    .split(' '),
);

const OTHER_SCRIPT_LETTER =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;
const ACCENTED_LETTER = /[\u00C0-\u024F]/g;

const refuse = (): AppError =>
  new AppError(
    'unprocessable',
    'The offline analyzer reads English and Arabic only; this message is in another language.',
    {
      hint: 'Describe the platform in English or Arabic.',
    },
  );

/** English or Arabic; throws `unprocessable` for any other language. */
export function detectLanguage(message: string): MessageLanguage {
  const arabic = [...message].filter((char) => ARABIC_LETTER.test(char)).length;
  const latin = message.match(LATIN_LETTER)?.length ?? 0;
  const otherScript = message.match(OTHER_SCRIPT_LETTER)?.length ?? 0;
  if (otherScript > arabic + latin) throw refuse();
  // Words, not letters, decide a mixed message: Latin brand names inside Arabic sentences are common.
  const arabicWords = message.match(/[\u0621-\u064A]+/g)?.length ?? 0;
  const latinWords = message.match(/[A-Za-z\u00C0-\u024F]+/g)?.length ?? 0;
  if (arabicWords > 0 && arabicWords >= latinWords) return 'ar';
  if (latin === 0) {
    if (arabic > 0) return 'ar';
    // No letters of any script (digits, punctuation): nothing to refuse; the analyzer will ask.
    if (otherScript === 0) return 'en';
    throw refuse();
  }
  const words = message.toLowerCase().match(/[a-z\u00C0-\u024F]+/g) ?? [];
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  const other = words.filter((word) => OTHER_LANGUAGE_WORDS.has(word) && !ENGLISH_WORDS.has(word)).length;
  const accented = message.match(ACCENTED_LETTER)?.length ?? 0;
  // Accents tip a close call (names such as Müller are common in English text, so they weigh little).
  const foreignEvidence = other + (accented > 0 ? 1 : 0);
  if (foreignEvidence > english) {
    // A message that is mostly Arabic with foreign Latin words would have returned above.
    throw refuse();
  }
  return 'en';
}
