/**
 * A field's type and data class guessed from its name, for fields the lexicon does not know.
 * @module
 */
import type { DataClass, FieldType } from '../../../contracts/index.js';
import type { EntityNature, Sensitivity } from '../lexicon/index.js';

const TYPE_RULES: ReadonlyArray<readonly [RegExp, FieldType]> = [
  [/\b(email|e mail)\b/, 'email'],
  [/\b(phone|mobile|telephone|fax|whatsapp)\b/, 'phone'],
  [/\b(url|website|link|homepage)\b/, 'url'],
  [/^(is|has|can|should|allows?|requires?)\b/, 'boolean'],
  [
    /\b(amount|price|fee|fees|cost|salary|balance|total|subtotal|tax|wage|budget|revenue|fine|deposit|discount|value|income|payout|rent)\b/,
    'money',
  ],
  [
    /\b(count|quantity|qty|number of|age|capacity|seats|duration|year|floor|rooms|credits|hours|minutes|days|stock|units|refills|pages|beds)\b/,
    'integer',
  ],
  [
    /\b(rate|percentage|percent|score|gpa|weight|height|latitude|longitude|temperature|ratio|area|distance|mileage)\b/,
    'decimal',
  ],
  [/\b(at|time|timestamp|datetime)$/, 'datetime'],
  [/\b(date|birthday|dob|deadline|due|on)$|\bdate\b/, 'date'],
  [
    /\b(notes|description|comment|comments|summary|bio|details|history|remarks|reason|body|content|instructions|address|feedback|message)\b/,
    'text',
  ],
  [/\b(photo|image|picture|avatar|attachment|document|file|scan|resume|cv|logo|pdf|signature)\b/, 'file'],
  [/\b(metadata|settings|payload|json|configuration)\b/, 'json'],
];

/** The type a field name suggests, e.g. `due date` → date, `is paid` → boolean, `price` → money. */
export function typeFromName(words: string): FieldType {
  const phrase = words.toLowerCase();
  for (const [pattern, type] of TYPE_RULES) if (pattern.test(phrase)) return type;
  return 'string';
}

const CLASS_RULES: ReadonlyArray<readonly [RegExp, Sensitivity]> = [
  [/\b(password|passcode|pin|api key|secret|token|private key|otp)\b/, 'secret'],
  [/\b(card number|cvv|cvc|card expiry|cardholder|pan)\b/, 'payment-card'],
  [
    /\b(diagnosis|diagnoses|medication|medications|allerg\w*|lab results?|symptoms?|blood type|medical|treatment|dosage|vital|condition|disability|vaccination|clinical|prescription|health)\b/,
    'health',
  ],
  [
    /\b(national id|passport|iqama|ssn|social security|birth|dob|gender|nationality|salary|iban|bank account|religion|marital)\b/,
    'personal',
  ],
  [/\b(phone|mobile|email|address)\b/, 'contact'],
  [/\b(name|full name|first name|last name|surname)\b/, 'person-only'],
];

export function sensitivityFromName(words: string): Sensitivity {
  const phrase = words.toLowerCase();
  for (const [pattern, sensitivity] of CLASS_RULES) if (pattern.test(phrase)) return sensitivity;
  return 'none';
}

/** Resolves a sensitivity against the entity holding the field. */
export function dataClassOf(sensitivity: Sensitivity, nature: EntityNature): DataClass {
  if (sensitivity === 'person-only') return nature === 'person' ? 'personal' : 'none';
  if (sensitivity === 'contact') return nature === 'organization' ? 'none' : 'personal';
  return sensitivity;
}

/** Whether an entity not in the lexicon names people, from words such as "guest" or "volunteer". */
export function natureFromName(words: string): EntityNature {
  if (
    /\b(guest|volunteer|applicant|agent|owner|tenant|visitor|passenger|player|coach|athlete|artist|author|speaker|candidate|client|contact|person|worker|pilot|technician|resident|donor|member|user|staff)s?\b/i.test(
      words,
    )
  )
    return 'person';
  if (
    /\b(company|companies|vendor|partner|organization|organisation|school|hospital|bank|office|team|club|branch)\b/i.test(
      words,
    )
  )
    return 'organization';
  return 'thing';
}
