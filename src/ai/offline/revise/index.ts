/**
 * Revisions: a message changes the current Blueprint and everything else stays as it was.
 * @module
 */
import type { Blueprint, RenameHints } from '../../../contracts/index.js';
import { applyContext, applyDataCompliance } from '../build/context.js';
import type { Inferences } from '../build/inferences.js';
import { findIntegrations } from '../extract/context.js';
import type { MessageLanguage } from '../language.js';
import { splitClauses } from '../text.js';
import { addFromMessage } from './additions.js';
import { removeFieldOrEntities, rename, setFlag, type Change } from './edits.js';

export interface Revision {
  blueprint: Blueprint;
  summary: string;
  openQuestions: string[];
  renames?: RenameHints;
}

const REMOVE =
  /\b(?:remove|delete|drop|get rid of|no longer need|don't need|do not need)\b\s*(.*)$|(?:احذف|احذفي|حذف|أزل|ازل|إزالة|ازالة|ألغ|الغ|لا نحتاج(?: إلى| الى)?)\s*(.*)$/i;
const RENAME =
  /\b(?:rename|change the name of)\b|أعد تسمية|اعد تسمية|إعادة تسمية|اعادة تسمية|غيّر اسم|غير اسم/i;
const UNIQUE = /\bunique\b|فريد|غير مكرر|لا يتكرر/i;
const REQUIRED = /\b(?:required|mandatory|compulsory)\b|إلزامي|الزامي|إجباري|اجباري|مطلوب/i;
const ADD =
  /\b(?:add|include|introduce|create|(?:we )?(?:also )?need|track|manage|support)\b|أضف|اضف|أضيفي|اضيفي|إضافة|اضافة|نحتاج|نريد|أريد|اريد/i;
const ALSO = /\b(?:also|as well|too|additionally|in addition)\b|أيضا|ايضا|كذلك/i;

/** Clauses split further before command verbs: "add X and remove Y" is two edits. */
function commandClauses(message: string): string[] {
  return splitClauses(message).flatMap((clause) =>
    clause.split(
      /\s*(?:,\s*)?\b(?:and|then)\s+(?=(?:remove|delete|rename|make|add|use)\b)|\s+ثم\s+|،\s*(?=(?:احذف|أضف|اضف|أعد|اجعل))/i,
    ),
  );
}

export function revise(
  blueprint: Blueprint,
  message: string,
  language: MessageLanguage,
  inferences: Inferences,
): Revision {
  const changes: Change[] = [];
  const renames: RenameHints = { entities: [], fields: [] };
  for (const clause of commandClauses(message)) {
    if (RENAME.test(clause)) {
      changes.push(...rename(blueprint, clause, renames, inferences));
      continue;
    }
    const removal = REMOVE.exec(clause);
    if (removal) {
      changes.push(...removeFieldOrEntities(blueprint, removal[1] ?? removal[2] ?? '', inferences));
      continue;
    }
    if (UNIQUE.test(clause)) {
      changes.push(...setFlag(blueprint, clause, 'unique', inferences));
      continue;
    }
    if (REQUIRED.test(clause)) {
      changes.push(...setFlag(blueprint, clause, 'required', inferences));
      continue;
    }
    if (ADD.test(clause)) changes.push(...addFromMessage(blueprint, clause, inferences));
  }
  replacePaymentProvider(blueprint, message);
  const context = applyContext(blueprint, message, inferences);
  if (context.changed)
    changes.push({
      en: 'updated region, languages, compliance or integrations',
      ar: 'حدّثت المنطقة أو اللغات أو الامتثال أو التكاملات',
    });
  applyDataCompliance(blueprint, inferences);
  const hasRenames = renames.entities.length > 0 || renames.fields.length > 0;
  return {
    blueprint,
    summary: revisionSummary(changes, language, message),
    openQuestions: changes.length > 0 ? [] : [notUnderstoodQuestion(language)],
    ...(hasRenames ? { renames } : {}),
  };
}

/** "Use Stripe for payments" replaces the payment provider unless the message says "also". */
function replacePaymentProvider(blueprint: Blueprint, message: string): void {
  const named = findIntegrations(message).filter((found) => found.integration.category === 'payment');
  if (named.length === 0 || ALSO.test(message)) return;
  const keep = new Set(named.map((found) => found.integration.provider));
  blueprint.integrations = blueprint.integrations.filter(
    (item) => item.category !== 'payment' || keep.has(item.provider),
  );
}

function revisionSummary(changes: readonly Change[], language: MessageLanguage, message: string): string {
  if (changes.length === 0) {
    return language === 'ar'
      ? `لم أفهم التغيير المطلوب في: "${message.slice(0, 200)}". لم أغيّر شيئاً في المخطط.`
      : `I did not understand what to change in: "${message.slice(0, 200)}". The Blueprint is unchanged.`;
  }
  return language === 'ar'
    ? `نفذت التعديلات: ${changes.map((change) => change.ar).join('، ')}. بقي كل شيء آخر كما هو.`
    : `Done: ${changes.map((change) => change.en).join('; ')}. Everything else stays as it was.`;
}

function notUnderstoodQuestion(language: MessageLanguage): string {
  return language === 'ar'
    ? 'ما الذي تريد تغييره بالتحديد؟ مثلاً: "أضف صيدلية مع الأدوية والمخزون" أو "احذف الفواتير".'
    : 'What exactly should change? For example: "add a pharmacy with medicines and stock" or "remove invoices".';
}
