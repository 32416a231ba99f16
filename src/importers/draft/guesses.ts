/**
 * Educated guesses from names, for what a data model does not say: how sensitive a field is, whether
 * a number is money, whether a string is an email, and which domain the model belongs to.
 * @module
 */
import type { DataClass, Domain, FieldType } from '../../contracts/index.js';
import { singularOf } from '../../blueprint/index.js';
import { wordsOfName } from './words.js';

const MONEY_WORDS = new Set([
  'price',
  'amount',
  'cost',
  'fee',
  'salary',
  'balance',
  'total',
  'subtotal',
  'tax',
]);

/** `unitPrice`, `totalAmount`, `fee` → true: a decimal with one of these words is money. */
export function looksLikeMoney(fieldName: string): boolean {
  return wordsOfName(fieldName).some((word) => MONEY_WORDS.has(word));
}

const PERSON_ENTITY_WORDS = new Set([
  'person', 'people', 'patient', 'customer', 'client', 'employee', 'staff', 'student', 'teacher',
  'doctor', 'nurse', 'member', 'user', 'author', 'contact', 'owner', 'guardian', 'parent',
  'applicant', 'citizen', 'professor', 'instructor', 'manager', 'supplier', 'tenant', 'guest',
  'visitor', 'subscriber', 'worker', 'volunteer', 'physician', 'buyer', 'seller', 'borrower',
]); // prettier-ignore

/**
 * Guesses a field's data class from its name. A bare `name` counts as personal only on an entity
 * that describes a person (a `Product`'s name is not personal data).
 */
export function guessDataClass(fieldName: string, entityName: string): DataClass {
  const words = wordsOfName(fieldName);
  const has = (...candidates: string[]) => candidates.some((word) => words.includes(word));
  if (has('password', 'secret', 'token', 'pin') || fieldName.toLowerCase().includes('apikey'))
    return 'secret';
  if (has('card', 'cvv', 'cvc', 'iban', 'pan')) return 'payment-card';
  if (
    has(
      'medical',
      'diagnosis',
      'allergy',
      'allergies',
      'symptom',
      'symptoms',
      'medication',
      'dosage',
      'prognosis',
    )
  ) {
    return 'health';
  }
  if (has('national') && has('id')) return 'personal';
  if (has('email', 'phone', 'mobile', 'address', 'birth', 'birthday', 'dob', 'ssn', 'passport'))
    return 'personal';
  if (has('firstname', 'lastname', 'fullname', 'surname', 'middlename', 'nickname')) return 'personal';
  if (has('first', 'last', 'full', 'middle', 'given', 'family', 'maiden') && has('name')) return 'personal';
  if (has('name') && wordsOfName(entityName).some((word) => PERSON_ENTITY_WORDS.has(word))) return 'personal';
  return 'none';
}

/** `email` or `contactEmail` → email, `phone`/`mobile` → phone, `website` → url; else the type stays. */
export function refineStringType(fieldName: string): FieldType {
  const words = wordsOfName(fieldName);
  const last = words.at(-1) ?? '';
  if (last === 'email') return 'email';
  if (last === 'phone' || last === 'mobile' || (last === 'number' && words.includes('phone'))) return 'phone';
  if (last === 'url' || last === 'website' || last === 'homepage') return 'url';
  return 'string';
}

const DOMAIN_WORDS: Record<Exclude<Domain, 'other'>, readonly string[]> = {
  healthcare: ['patient', 'doctor', 'nurse', 'appointment', 'prescription', 'clinic', 'hospital', 'diagnosis',
    'medication', 'physician', 'treatment', 'lab', 'ward', 'visit', 'medical', 'vaccination', 'pharmacy'],
  education: ['student', 'course', 'teacher', 'enrollment', 'university', 'school', 'classroom', 'grade',
    'professor', 'instructor', 'lesson', 'exam', 'semester', 'curriculum', 'faculty', 'department', 'campus'],
  financial: ['account', 'transaction', 'loan', 'bank', 'deposit', 'withdrawal', 'ledger', 'transfer',
    'portfolio', 'investment', 'credit', 'debit', 'branch', 'interest'],
  commerce: ['product', 'order', 'cart', 'customer', 'invoice', 'shipment', 'catalog', 'category', 'book',
    'store', 'shop', 'inventory', 'discount', 'coupon', 'payment', 'supplier', 'review', 'publisher', 'sale'],
  government: ['citizen', 'permit', 'license', 'licence', 'municipality', 'ministry', 'application',
    'passport', 'visa', 'registry', 'tax', 'census'],
  enterprise: ['employee', 'project', 'task', 'timesheet', 'department', 'job', 'team', 'meeting', 'ticket',
    'asset', 'contract', 'vendor', 'leave', 'payroll', 'expense'],
}; // prettier-ignore

/** The domain whose vocabulary the entity names use most; `other` when none stands out. */
export function guessDomain(entityNames: readonly string[]): Domain {
  const words = entityNames.flatMap(wordsOfName);
  let best: Domain = 'other';
  let bestScore = 0;
  for (const [domain, vocabulary] of Object.entries(DOMAIN_WORDS) as [Domain, readonly string[]][]) {
    const score = words.filter(
      (word) => vocabulary.includes(word) || vocabulary.includes(singularOf(word)),
    ).length;
    if (score > bestScore) {
      best = domain;
      bestScore = score;
    }
  }
  return best;
}
