/**
 * Relations stated in the text: "each appointment belongs to a patient and a doctor", "a patient
 * has many visits", "students enrol in courses", "one invoice per order", and their Arabic forms.
 * @module
 */
import type { RelationKind } from '../../../contracts/index.js';
import type { EntityMention } from './entities.js';

export interface StatedRelation {
  from: string;
  to: string;
  kind: RelationKind;
  /** The sentence that stated it. */
  evidence: string;
}

/** Turns a normalized Arabic phrase into a pattern that accepts the usual spelling variants. */
export function arabicPattern(phrase: string): string {
  return phrase
    .replace(/ا/g, '[اأإآ]')
    .replace(/ي/g, '[يى]')
    .replace(/ه(?=\s|$)/g, '[هة]');
}

const ar = (phrases: readonly string[]): string => phrases.map(arabicPattern).join('|');

interface RelationPattern {
  pattern: RegExp;
  kind: RelationKind;
}

const PATTERNS: readonly RelationPattern[] = [
  {
    pattern:
      /\b(?:belongs?|belonging) to\b(?!\s+(?:many|multiple|several|one or more)\b)|\b(?:is|are) (?:linked|assigned|tied|attached|issued|related|connected) to\b|\breferences?\b|\b(?:is|are) (?:owned|made|written|issued|placed|created|booked|handled) by\b|\b(?:is|are) (?:booked )?with\b|\bfor (?:a|an|one|each|every)\b/gi,
    kind: 'belongs-to',
  },
  {
    pattern:
      /\b(?:has|have|can have|may have|owns?|contains?|includes?)\s+(?:many|multiple|several|one or more|a list of|any number of|lots of|zero or more)\b/gi,
    kind: 'has-many',
  },
  {
    pattern: /\b(?:has|have)\s+(?:exactly\s+)?(?:one|a single)\b/gi,
    kind: 'has-one',
  },
  {
    pattern:
      /\b(?:can\s+)?(?:enrol|enroll|enrols|enrolls|register|registers|subscribe|subscribes|sign up)\s+(?:in|for|to|into)\b|\b(?:attend|attends|join|joins|take|takes|belong to many|can belong to many|are assigned to many|work on many|participate in|participates in)\b|\bmany[- ]to[- ]many\b/gi,
    kind: 'many-to-many',
  },
  { pattern: /\b(?:per|for each|for every)\b/gi, kind: 'belongs-to' },
  {
    pattern: new RegExp(
      `(?:${ar(['يتبع', 'تتبع', 'يرتبط', 'ترتبط', 'مرتبط', 'مرتبطه', 'ينتمي الي', 'تنتمي الي', 'يخص', 'تخص', 'تابع', 'تابعه', 'مسجل', 'مسجله', 'لكل'])})(?=\\s|[بل])`,
      'g',
    ),
    kind: 'belongs-to',
  },
  {
    pattern: new RegExp(
      `(?:${ar(['لديه', 'لديها', 'له', 'لها', 'يملك', 'تملك'])})\\s+(?:${ar(['عده', 'عدد من', 'مجموعه من', 'الكثير من', 'اكثر من'])})`,
      'g',
    ),
    kind: 'has-many',
  },
];

/** "X for each Y" reads with the clause break in mind; list glue is what may sit between list items. */
const LIST_GLUE =
  /^[\s,،]*(?:and|or|&|و)?\s*(?:a|an|the|one|its|their|each|every|multiple|many|several)?\s*$/i;
const CLAUSE_BREAK = /[.;!?؟؛،\n]/;

export function findRelations(message: string, mentions: readonly EntityMention[]): StatedRelation[] {
  const relations: StatedRelation[] = [];
  for (const { pattern, kind } of PATTERNS) {
    for (const match of message.matchAll(pattern)) {
      const verbStart = match.index;
      const verbEnd = verbStart + match[0].length;
      const subject = subjectBefore(message, mentions, verbStart);
      const objects = objectsAfter(message, mentions, verbEnd);
      if (!subject) continue;
      for (const object of objects) {
        if (object.name === subject.name) continue;
        relations.push(stated(subject.name, object.name, kind, message, verbStart));
      }
    }
  }
  return [...relations, ...arabicOwnership(message, mentions), ...arabicEnrolment(message, mentions)];
}

const ARABIC_EACH_HAS_MANY = new RegExp(
  `${arabicPattern('لكل')}\\s+(\\S+)\\s+(?:${ar(['عده', 'عدد من', 'مجموعه من', 'الكثير من', 'اكثر من'])})\\s+(\\S+)`,
  'g',
);

/** "لكل مريض عدة زيارات": the owner follows the preposition, the owned follow the quantity word. */
function arabicOwnership(message: string, mentions: readonly EntityMention[]): StatedRelation[] {
  const relations: StatedRelation[] = [];
  for (const match of message.matchAll(ARABIC_EACH_HAS_MANY)) {
    const ownerAt = match.index + match[0].indexOf(match[1] ?? '');
    const ownedAt = match.index + match[0].lastIndexOf(match[2] ?? '');
    const owner = mentions.find((mention) => mention.start === ownerAt);
    const owned = mentions.find((mention) => mention.start === ownedAt);
    if (owner && owned && owner.name !== owned.name)
      relations.push(stated(owner.name, owned.name, 'has-many', message, match.index));
  }
  return relations;
}

const ENROL_VERBS = ar(['يسجل', 'تسجل', 'يتسجل', 'يلتحق', 'تلتحق', 'يشترك', 'تشترك']);
const ENROL_VERBS_PLURAL = ar(['يسجلون', 'يتسجلون', 'يلتحقون', 'يشتركون', 'مسجلون', 'مسجلين']);
const ARABIC_ENROLMENT = [
  // Verb first: "يسجل الطلاب في المقررات".
  new RegExp(`(?:${ENROL_VERBS})\\s+(\\S+)\\s+(?:في|ب|الي|${arabicPattern('الي')})\\s*(\\S+)`, 'g'),
  // Subject first: "الطلاب يسجلون في المقررات".
  new RegExp(`(\\S+)\\s+(?:${ENROL_VERBS_PLURAL})\\s+(?:في|ب)\\s*(\\S+)`, 'g'),
];

/** "يسجل الطلاب في المقررات": students and courses, many to many. */
function arabicEnrolment(message: string, mentions: readonly EntityMention[]): StatedRelation[] {
  const relations: StatedRelation[] = [];
  for (const pattern of ARABIC_ENROLMENT) {
    for (const match of message.matchAll(pattern)) {
      const firstAt = match.index + match[0].indexOf(match[1] ?? '');
      const secondAt = match.index + match[0].lastIndexOf(match[2] ?? '');
      const first = mentions.find((mention) => mention.start <= firstAt && mention.end > firstAt);
      const second = mentions.find((mention) => mention.start <= secondAt && mention.end > secondAt);
      if (first && second && first.name !== second.name)
        relations.push(stated(first.name, second.name, 'many-to-many', message, match.index));
    }
  }
  return relations;
}

function stated(from: string, to: string, kind: RelationKind, message: string, at: number): StatedRelation {
  return { from, to, kind, evidence: sentenceAround(message, at) };
}

function subjectBefore(
  message: string,
  mentions: readonly EntityMention[],
  position: number,
): EntityMention | undefined {
  const before = mentions.filter((mention) => mention.end <= position);
  const last = before[before.length - 1];
  if (!last) return undefined;
  const between = message.slice(last.end, position);
  if (CLAUSE_BREAK.test(between) || between.split(/\s+/).filter(Boolean).length > 6) return undefined;
  return last;
}

function objectsAfter(
  message: string,
  mentions: readonly EntityMention[],
  position: number,
): EntityMention[] {
  const objects: EntityMention[] = [];
  let cursor = position;
  for (const mention of mentions) {
    if (mention.start < position) continue;
    const between = message.slice(cursor, mention.start);
    if (
      objects.length === 0
        ? CLAUSE_BREAK.test(between) || between.split(/\s+/).filter(Boolean).length > 3
        : !LIST_GLUE.test(between)
    )
      break;
    objects.push(mention);
    cursor = mention.end;
  }
  return objects;
}

function sentenceAround(message: string, position: number): string {
  const start = Math.max(
    ...['.', '\n', ';', '؛', '؟'].map((mark) => message.lastIndexOf(mark, position - 1) + 1),
  );
  const endCandidates = ['.', '\n', ';', '؛', '؟']
    .map((mark) => message.indexOf(mark, position))
    .filter((index) => index >= 0);
  const end = endCandidates.length > 0 ? Math.min(...endCandidates) : message.length;
  return message.slice(start, end).trim().slice(0, 200);
}
