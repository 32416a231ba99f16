/**
 * The reply text and the open questions, in the language of the message.
 * @module
 */
import type { Blueprint } from '../../contracts/index.js';
import type { MessageLanguage } from './language.js';

const list = (items: readonly string[], language: MessageLanguage): string => {
  if (items.length <= 1) return items.join('');
  const and = language === 'ar' ? ' و' : ' and ';
  return `${items.slice(0, -1).join(language === 'ar' ? '، ' : ', ')}${and}${items[items.length - 1] ?? ''}`;
};

export function newPlatformSummary(blueprint: Blueprint, language: MessageLanguage): string {
  const entities = blueprint.entities.map((entity) =>
    language === 'ar' ? (entity.pluralLabel.ar ?? entity.name) : entity.name,
  );
  const compliance = blueprint.compliance.length > 0 ? blueprint.compliance.join(', ') : undefined;
  if (language === 'ar') {
    return [
      `فهمت أنها منصة في مجال ${DOMAIN_AR[blueprint.domain]} باسم "${blueprint.name}".`,
      `تتضمن ${blueprint.entities.length} كيانات: ${list(entities, language)}، مع ${blueprint.relations.length} علاقات و${blueprint.roles.length} أدوار.`,
      compliance ? `متطلبات الامتثال: ${compliance}.` : 'لم أجد متطلبات امتثال خاصة.',
    ].join(' ');
  }
  return [
    `I read this as ${blueprint.domain === 'other' ? 'a general' : `a ${blueprint.domain}`} platform, "${blueprint.name}".`,
    `It has ${blueprint.entities.length} entities (${list(entities, language)}), ${blueprint.relations.length} relations and ${blueprint.roles.length} roles.`,
    compliance ? `Compliance: ${compliance}.` : 'No particular compliance regime applies yet.',
  ].join(' ');
}

const DOMAIN_AR: Record<Blueprint['domain'], string> = {
  financial: 'المالية',
  healthcare: 'الرعاية الصحية',
  government: 'الخدمات الحكومية',
  education: 'التعليم',
  enterprise: 'إدارة المؤسسات',
  commerce: 'التجارة',
  other: 'عام',
};

/** Questions a person should still decide, for a new platform. */
export function openQuestionsFor(
  blueprint: Blueprint,
  language: MessageLanguage,
  unnamed: boolean,
): string[] {
  const ar = language === 'ar';
  const questions: string[] = [];
  const roles = blueprint.roles
    .filter((role) => !role.administrator)
    .map((role) => role.label[language] ?? role.name);
  questions.push(
    ar
      ? `من يستخدم المنصة غير المدير${roles.length > 0 ? ` (${list(roles, language)})` : ''}؟ وهل يحتاج العملاء أو المستفيدون إلى بوابة خاصة بهم؟`
      : `Who uses the platform besides the administrator${roles.length > 0 ? ` (${list(roles, language)})` : ''}? Do customers or the public need a portal of their own?`,
  );
  const takesMoney = blueprint.entities.some((entity) =>
    entity.fields.some((field) => field.type === 'money'),
  );
  if (takesMoney && !blueprint.integrations.some((item) => item.category === 'payment')) {
    questions.push(
      ar
        ? 'هل تستقبل المنصة مدفوعات إلكترونية؟ وما مزوّد الدفع المفضل (مثل مدى عبر ميسر أو Stripe)؟'
        : 'Will the platform take payments online, and through which provider (e.g. Stripe, or Moyasar for mada)?',
    );
  }
  if (blueprint.deployment.dataResidency === 'any') {
    questions.push(
      ar
        ? 'أين يجب أن تُحفظ البيانات (مثلاً داخل المملكة العربية السعودية أو الاتحاد الأوروبي)؟'
        : 'Where must the data be stored (for example in Saudi Arabia or the EU)?',
    );
  }
  if (!blueprint.locales.includes('ar') || !blueprint.locales.includes('en')) {
    questions.push(
      ar ? 'هل تحتاج المنصة إلى اللغة الإنجليزية أيضاً؟' : 'Should the platform also be available in Arabic?',
    );
  }
  if (unnamed)
    questions.push(
      ar ? 'ما الأشياء الرئيسية التي تديرها المنصة؟' : 'What are the main things the platform manages?',
    );
  return questions;
}
