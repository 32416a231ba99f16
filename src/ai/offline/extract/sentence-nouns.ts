/**
 * Plural nouns a sentence is about, found by their place in it rather than by a list or a lexicon:
 * the subject of a clause ("candidates apply …", "… where inspectors schedule …") and what its verb
 * acts on ("… apply to job postings", "… schedule inspections"). A noun phrase is up to three words
 * ending in a plural ("job postings", "fuel logs"). Without a part-of-speech tagger, a word counts as
 * a verb when it follows a plural subject, is not plural itself and is not a function word.
 * @module
 */
import { isPluralWord } from '../names.js';

export interface NounPhrase {
  /** The words as written, e.g. `job postings`. */
  phrase: string;
  start: number;
  end: number;
  role: 'subject' | 'object';
  /** For a subject, the word read as its verb ("apply"); a caller that knows nouns may overrule it. */
  verb?: string;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Words after which a new clause, and so a new subject, may begin. */
const CLAUSE_OPENERS = new Set(
  'where when whenever while and but so then once after before if whereas because although'.split(' '),
);
const DETERMINERS = new Set(
  'a an the our their its his her your my all some many most several various both these those any'.split(' '),
);
/** Auxiliaries and modals: the verb group of a plural subject, never a noun. */
const AUXILIARIES = new Set(
  'are were be been being can could may might must shall should will would do did have had get got need'.split(
    ' ',
  ),
);
/** Words that never start a verb group nor sit inside a noun phrase. */
const FUNCTION_WORDS = new Set(
  'in on at to for of with without by from into onto via per about across through over under within between among as than like or nor and but not no only also too each every one who which that whose whom this it they them we us you he she there here then'.split(
    ' ',
  ),
);
/** Verbs that end like adverbs. */
const LY_VERBS = new Set('apply applies reply supply comply rely multiply fly'.split(' '));
const isAdverb = (word: Word): boolean => /ly$/.test(word.lower) && !LY_VERBS.has(word.lower);
const isParticiple = (word: Word): boolean => /ed$/.test(word.lower);
const PREPOSITIONS = new Set('to for of with by from into onto on in at about via through'.split(' '));

/** Subject and object noun phrases of every clause, left to right. */
export function sentenceNouns(message: string): NounPhrase[] {
  const found: NounPhrase[] = [];
  for (const clause of clausesOf(message)) {
    for (let index = 0; index < clause.length; index++) {
      const before = clause[index - 1];
      if (before && !CLAUSE_OPENERS.has(before.lower)) continue;
      const subject = nounPhraseAt(clause, skipDeterminers(clause, index));
      if (!subject) continue;
      const verb = clause[subject.next];
      if (!verb || !isVerbLike(verb)) continue;
      found.push({ ...phraseOf(clause, subject, 'subject'), verb: verb.lower });
      const object = objectAfter(clause, subject.next);
      if (object) found.push(phraseOf(clause, object, 'object'));
    }
  }
  return found;
}

/** Latin words grouped by clause: punctuation ends a clause (commas too, since lists sit between them). */
function clausesOf(message: string): Word[][] {
  const clauses: Word[][] = [[]];
  for (const match of message.matchAll(/[A-Za-z]+(?:'[a-z]+)?|[.,;:!?()\n\u060C\u061B\u061F"]/g)) {
    const text = match[0];
    if (!/^[A-Za-z]/.test(text)) {
      clauses.push([]);
      continue;
    }
    clauses[clauses.length - 1]?.push({
      text,
      lower: text.toLowerCase(),
      start: match.index,
      end: match.index + text.length,
    });
  }
  return clauses.filter((clause) => clause.length > 0);
}

function skipDeterminers(clause: readonly Word[], index: number): number {
  let at = index;
  while (clause[at] && DETERMINERS.has(clause[at]?.lower ?? '')) at++;
  return at;
}

interface Span {
  from: number;
  /** Index of the plural head noun. */
  head: number;
  /** Index of the word after the phrase. */
  next: number;
}

/** Up to two modifiers and a plural head noun starting at `from` ("job postings", "pets"). */
function nounPhraseAt(clause: readonly Word[], from: number): Span | undefined {
  for (let head = from; head < Math.min(clause.length, from + 3); head++) {
    const word = clause[head];
    if (!word || !canBeInNounPhrase(word)) return undefined;
    if (isPluralWord(word.lower)) return { from, head, next: head + 1 };
    if (!canModify(word)) return undefined;
  }
  return undefined;
}

function canBeInNounPhrase(word: Word): boolean {
  return ![FUNCTION_WORDS, AUXILIARIES, DETERMINERS, CLAUSE_OPENERS].some((words) => words.has(word.lower));
}

/** A noun or adjective before the head; participles ("scheduled visits") and adverbs describe, not name. */
function canModify(word: Word): boolean {
  return !isParticiple(word) && !isAdverb(word) && word.lower.length > 1;
}

/** Verbs ending in -ing; any other -ing word after a plural is a noun ("Handles billing"), not its verb. */
const ING_VERBS = new Set('bring sing ring spring swing sting wring'.split(' '));

function isVerbLike(word: Word): boolean {
  if (AUXILIARIES.has(word.lower)) return true;
  if (/ing$/.test(word.lower) && !ING_VERBS.has(word.lower)) return false;
  return canBeInNounPhrase(word) && !isPluralWord(word.lower) && !isAdverb(word);
}

/**
 * The noun phrase a verb group acts on: after the verb, its auxiliaries, participles and
 * prepositions ("are scheduled for", "apply to"), within the clause.
 */
function objectAfter(clause: readonly Word[], verbAt: number): Span | undefined {
  let at = verbAt + 1;
  while (at < clause.length && at <= verbAt + 4) {
    const word = clause[at];
    if (!word) return undefined;
    if (AUXILIARIES.has(word.lower) || isParticiple(word) || isAdverb(word) || PREPOSITIONS.has(word.lower)) {
      at++;
      continue;
    }
    break;
  }
  return nounPhraseAt(clause, skipDeterminers(clause, at));
}

function phraseOf(clause: readonly Word[], span: Span, role: NounPhrase['role']): NounPhrase {
  const first = clause[span.from];
  const last = clause[span.head];
  const start = first?.start ?? 0;
  const end = last?.end ?? start;
  return {
    phrase: clause
      .slice(span.from, span.head + 1)
      .map((word) => word.text)
      .join(' '),
    start,
    end,
    role,
  };
}
