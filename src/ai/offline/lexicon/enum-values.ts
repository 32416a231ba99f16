/**
 * Labels of common enum values in English and Arabic, and the Arabic words that name them.
 * @module
 */
// prettier-ignore
const ENUM_VALUE_LABELS: ReadonlyArray<readonly [value: string, ar: string, arAliases?: readonly string[]]> = [
  ['active', 'نشط', ['نشط', 'فعال']], ['inactive', 'غير نشط', ['غير نشط']], ['paid', 'مدفوع', ['مدفوع', 'مدفوعه']],
  ['unpaid', 'غير مدفوع', ['غير مدفوع', 'غير مدفوعه']], ['pending', 'قيد الانتظار', ['معلق', 'قيد الانتظار']],
  ['cancelled', 'ملغي', ['ملغي', 'ملغاه', 'ملغا']], ['completed', 'مكتمل', ['مكتمل', 'مكتمله', 'منجز']],
  ['booked', 'محجوز', ['محجوز']], ['confirmed', 'مؤكد', ['مؤكد', 'مؤكده']], ['no_show', 'لم يحضر'],
  ['draft', 'مسودة', ['مسوده']], ['sent', 'مرسلة', ['مرسل', 'مرسله']], ['overdue', 'متأخرة', ['متاخر', 'متاخره']],
  ['approved', 'معتمد', ['معتمد', 'موافق عليه', 'مقبول']], ['rejected', 'مرفوض', ['مرفوض', 'مرفوضه']],
  ['submitted', 'مقدم', ['مقدم', 'مقدمه']], ['under_review', 'قيد المراجعة', ['قيد المراجعه']],
  ['male', 'ذكر', ['ذكر']], ['female', 'أنثى', ['انثي']], ['shipped', 'تم الشحن', ['مشحون']],
  ['delivered', 'تم التسليم', ['مسلم', 'تم التسليم']], ['open', 'مفتوح', ['مفتوح', 'مفتوحه']],
  ['closed', 'مغلق', ['مغلق', 'مغلقه']], ['resolved', 'تم الحل', ['محلول', 'تم الحل']], ['in_progress', 'قيد التنفيذ', ['قيد التنفيذ']],
  ['low', 'منخفضة', ['منخفض', 'منخفضه']], ['medium', 'متوسطة', ['متوسط', 'متوسطه']], ['high', 'عالية', ['عالي', 'عاليه', 'مرتفع']],
  ['new', 'جديد', ['جديد']], ['done', 'منجز'], ['todo', 'للتنفيذ'], ['expired', 'منتهي', ['منتهي', 'منتهيه']],
  ['revoked', 'ملغى'], ['present', 'حاضر', ['حاضر']], ['absent', 'غائب', ['غائب']], ['late', 'متأخر'],
  ['available', 'متاح', ['متاح']], ['occupied', 'مشغول', ['مشغول']], ['maintenance', 'صيانة', ['صيانه']],
  ['single', 'أعزب'], ['married', 'متزوج'], ['divorced', 'مطلق'], ['widowed', 'أرمل'], ['card', 'بطاقة'],
  ['cash', 'نقدًا', ['نقدا', 'نقدي']], ['bank_transfer', 'تحويل بنكي'], ['annual', 'سنوية'], ['sick', 'مرضية'],
  ['general', 'عام'], ['cardiology', 'قلب'], ['pediatrics', 'أطفال'], ['dermatology', 'جلدية'], ['orthopedics', 'عظام'],
  ['failed', 'فشل'], ['refunded', 'مسترد'], ['passed', 'ناجح'], ['withdrawn', 'منسحب'], ['planned', 'مخطط'],
  ['on_hold', 'معلق'], ['frozen', 'مجمد'], ['deposit', 'إيداع'], ['withdrawal', 'سحب'], ['transfer', 'تحويل'],
  ['repaid', 'مسدد'], ['defaulted', 'متعثر'], ['applied', 'مقدم'], ['ordered', 'مطلوب'], ['preparing', 'قيد التجهيز'],
  ['returned', 'مرتجع'], ['contacted', 'تم التواصل'], ['qualified', 'مؤهل'], ['lost', 'خاسر'], ['received', 'مستلم'],
  ['in_use', 'قيد الاستخدام'], ['in_storage', 'في المخزن'], ['retired', 'مستبعد'], ['current', 'جاري'], ['savings', 'توفير'],
  ['checked_out', 'تم الدفع'], ['abandoned', 'متروكة'], ['appealed', 'معترض عليها'], ['follow_up', 'متابعة'],
  ['blocked', 'موقوفة'], ['mathematics', 'رياضيات'], ['science', 'علوم'], ['languages', 'لغات'],
];

const ARABIC_BY_VALUE = new Map(ENUM_VALUE_LABELS.map(([value, ar]) => [value, ar]));

/** The Arabic label of an enum value, when known. */
export function arabicEnumLabel(value: string): string | undefined {
  return ARABIC_BY_VALUE.get(value);
}

/** Arabic words for enum values, e.g. `مدفوعة` → `paid`, for Arabic value lists. */
export const ARABIC_ENUM_FORMS: ReadonlyArray<readonly [form: string, value: string]> =
  ENUM_VALUE_LABELS.flatMap(([value, ar, aliases]) =>
    [ar, ...(aliases ?? [])].map((form) => [form, value] as const),
  );
