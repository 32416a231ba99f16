/**
 * Words seed data is made of, per language. Arabic people carry a Latin spelling too, for their email
 * addresses. Lists are long enough that a handful of rows never repeat a value.
 * @module
 */

export interface Person {
  given: string;
  family: string;
  /** Lower-case ASCII, for email addresses. */
  latinGiven: string;
  latinFamily: string;
}

export interface Vocabulary {
  people: readonly Person[];
  cities: readonly string[];
  streets: readonly string[];
  /** Adjectives that make a name out of a noun: "Northern Warehouse", "المستودع الشمالي". */
  qualifiers: readonly string[];
  sentences: readonly string[];
  /** Joins a noun and a qualifier in the language's word order. */
  nameOf(noun: string, qualifier: string): string;
  addressOf(number: number, street: string, city: string): string;
  /** E.164-style mobile numbers in the region's format; `n` keeps them distinct. */
  phoneOf(n: number): string;
  emailDomain: string;
}

const englishPeople: [string, string][] = [
  ['Amelia', 'Clarke'],
  ['Oliver', 'Bennett'],
  ['Isla', 'Fraser'],
  ['Noah', 'Whitaker'],
  ['Grace', 'Holloway'],
  ['Samuel', 'Okafor'],
  ['Chloe', 'Marsh'],
  ['Daniel', 'Reyes'],
  ['Hannah', 'Lindqvist'],
  ['Lucas', 'Moreau'],
  ['Maya', 'Castellano'],
  ['Ethan', 'Brooks'],
];

const arabicPeople: [string, string, string, string][] = [
  ['نورة', 'القحطاني', 'noura', 'alqahtani'],
  ['عبدالله', 'الشهري', 'abdullah', 'alshehri'],
  ['ريم', 'العتيبي', 'reem', 'alotaibi'],
  ['فيصل', 'الدوسري', 'faisal', 'aldosari'],
  ['سارة', 'الحربي', 'sarah', 'alharbi'],
  ['خالد', 'الغامدي', 'khalid', 'alghamdi'],
  ['هيفاء', 'الزهراني', 'haifa', 'alzahrani'],
  ['محمد', 'المطيري', 'mohammed', 'almutairi'],
  ['لمى', 'السبيعي', 'lama', 'alsubaie'],
  ['تركي', 'العنزي', 'turki', 'alanazi'],
  ['جود', 'الشمري', 'joud', 'alshammari'],
  ['يوسف', 'القرني', 'yousef', 'alqarni'],
];

export const ENGLISH: Vocabulary = {
  people: englishPeople.map(([given, family]) => ({
    given,
    family,
    latinGiven: given.toLowerCase(),
    latinFamily: family.toLowerCase(),
  })),
  cities: ['Manchester', 'Leeds', 'Bristol', 'Edinburgh', 'Cardiff', 'Dublin', 'Lisbon', 'Rotterdam'],
  streets: ['Station Road', 'Mill Lane', 'Church Street', 'Harbour View', 'Queens Avenue', 'Park Row'],
  qualifiers: [
    'Northern',
    'Central',
    'Harbour',
    'Summit',
    'Riverside',
    'Eastgate',
    'Premier',
    'Westfield',
    'Meridian',
    'Oakwood',
    'Silverline',
    'Kingsway',
  ],
  sentences: [
    'Reviewed with the team and agreed next steps.',
    'Follow up by phone before the end of the week.',
    'All documents were received and checked.',
    'Waiting for confirmation from the supplier.',
    'Scheduled for the next quarterly review.',
    'No issues found during the last visit.',
  ],
  nameOf: (noun, qualifier) => `${qualifier} ${noun}`,
  addressOf: (number, street, city) => `${number} ${street}, ${city}`,
  // Ofcom keeps 07700 900000-900999 for drama: realistic, and never anyone's number.
  phoneOf: (n) => `+44 7700 900${String(n % 1000).padStart(3, '0')}`,
  emailDomain: 'example.com',
};

export const ARABIC: Vocabulary = {
  people: arabicPeople.map(([given, family, latinGiven, latinFamily]) => ({
    given,
    family,
    latinGiven,
    latinFamily,
  })),
  cities: ['الرياض', 'جدة', 'الدمام', 'الخبر', 'مكة المكرمة', 'المدينة المنورة', 'أبها', 'تبوك'],
  streets: ['طريق الملك فهد', 'شارع التحلية', 'طريق الأمير سلطان', 'شارع العليا', 'طريق الملك عبدالعزيز'],
  qualifiers: [
    'الشمالي',
    'المركزي',
    'الشرقي',
    'الغربي',
    'الجنوبي',
    'الرئيسي',
    'الجديد',
    'المتقدم',
    'الأول',
    'الذهبي',
    'الدولي',
    'الوطني',
  ],
  sentences: [
    'تمت المراجعة مع الفريق والاتفاق على الخطوات التالية.',
    'يتم التواصل هاتفياً قبل نهاية الأسبوع.',
    'استلمت جميع المستندات وتم التحقق منها.',
    'بانتظار التأكيد من الجهة المعنية.',
    'مجدول للمراجعة الربعية القادمة.',
    'لا توجد ملاحظات في الزيارة الأخيرة.',
  ],
  nameOf: (noun, qualifier) => `${noun} ${qualifier}`,
  addressOf: (number, street, city) => `${street}، مبنى ${number}، ${city}`,
  phoneOf: (n) => `+966 55 ${String(100 + (n % 900))} ${String(1000 + ((n * 37) % 9000))}`,
  emailDomain: 'example.sa',
};

/** Arabic words for an Arabic-first Blueprint, English otherwise. */
export function vocabularyFor(defaultLocale: string): Vocabulary {
  return defaultLocale.startsWith('ar') ? ARABIC : ENGLISH;
}
