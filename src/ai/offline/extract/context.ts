/**
 * What the text says about where the platform runs and what it connects to: region (and so
 * compliance, residency and locales), card payments, named integrations and deployment targets.
 * @module
 */
import type { Integration } from '../../../contracts/index.js';
import { arabicPattern } from './relations.js';

export type Region = 'SA' | 'EU' | 'AE';

export interface RegionSignal {
  region: Region;
  /** The words that named it, e.g. `Riyadh`. */
  evidence: string;
}

const ar = (phrases: readonly string[]): string => phrases.map(arabicPattern).join('|');

const REGION_PATTERNS: ReadonlyArray<readonly [Region, RegExp]> = [
  [
    'SA',
    new RegExp(
      `\\b(?:saudi(?: arabia)?|ksa|riyadh|jeddah|jedda|dammam|mecca|makkah|medina|madinah|khobar)\\b|${ar(['السعوديه', 'الرياض', 'جده', 'الدمام', 'مكه', 'المدينه المنوره', 'المملكه العربيه السعوديه', 'سعودي', 'سعوديه'])}`,
      'i',
    ),
  ],
  [
    'EU',
    /\b(?:eu|e\.u\.|europe|european(?: union)?|gdpr|germany|france|spain|italy|netherlands|belgium|ireland|portugal|austria|sweden|denmark|finland|poland|greece|berlin|paris|madrid|rome|amsterdam|dublin|munich|vienna)\b|أوروبا|اوروبا|الاتحاد الأوروبي|الاتحاد الاوروبي/i,
  ],
  [
    'AE',
    new RegExp(
      `\\b(?:uae|united arab emirates|dubai|abu dhabi|sharjah)\\b|${ar(['الامارات', 'دبي', 'ابوظبي', 'ابو ظبي'])}`,
      'i',
    ),
  ],
];

export function findRegions(message: string): RegionSignal[] {
  const signals: RegionSignal[] = [];
  for (const [region, pattern] of REGION_PATTERNS) {
    const match = pattern.exec(message);
    if (match) signals.push({ region, evidence: match[0] });
  }
  return signals;
}

const CARD_PAYMENT =
  /\b(?:cards?|credit cards?|debit cards?|card payments?|visa|mastercard|amex|mada|apple pay)\b|بطاق[ةه]|(?<!على )مدى(?=[\s،,.]|$)|فيزا|ماستركارد/i;

/** The words that say the platform takes card payments, if any. */
export function findCardPayments(message: string): string | undefined {
  return CARD_PAYMENT.exec(message)?.[0];
}

interface KnownIntegration {
  pattern: RegExp;
  integration: Integration;
  reason: string;
}

const INTEGRATIONS: readonly KnownIntegration[] = [
  {
    pattern: /\bstripe\b|سترايب/i,
    integration: { category: 'payment', provider: 'stripe', purpose: 'Card payments' },
    reason: 'Stripe is named',
  },
  {
    pattern: /\bpaypal\b|باي ?بال/i,
    integration: { category: 'payment', provider: 'paypal', purpose: 'Online payments' },
    reason: 'PayPal is named',
  },
  {
    pattern: /\bmoyasar\b|ميسر/i,
    integration: { category: 'payment', provider: 'moyasar', purpose: 'Card and mada payments' },
    reason: 'Moyasar is named',
  },
  {
    pattern: /\b(?:mada|stc ?pay)\b|(?<!على )مدى(?=[\s،,.]|$)|اس تي سي باي/i,
    integration: { category: 'payment', provider: 'moyasar', purpose: 'mada and STC Pay payments' },
    reason: 'mada and STC Pay are Saudi payment methods; Moyasar is a Saudi gateway that accepts both',
  },
  {
    pattern: /\bhyperpay\b/i,
    integration: { category: 'payment', provider: 'hyperpay', purpose: 'Card payments' },
    reason: 'HyperPay is named',
  },
  {
    pattern: /\btap payments?\b/i,
    integration: { category: 'payment', provider: 'tap', purpose: 'Card payments' },
    reason: 'Tap Payments is named',
  },
  {
    pattern: /\btwilio\b|تويليو/i,
    integration: { category: 'sms', provider: 'twilio', purpose: 'SMS notifications' },
    reason: 'Twilio is named',
  },
  {
    pattern: /\bunifonic\b|يونيفونك/i,
    integration: { category: 'sms', provider: 'unifonic', purpose: 'SMS notifications' },
    reason: 'Unifonic is named',
  },
  {
    pattern: /\bsendgrid\b/i,
    integration: { category: 'email', provider: 'sendgrid', purpose: 'Transactional email' },
    reason: 'SendGrid is named',
  },
  {
    pattern: /\bmailgun\b/i,
    integration: { category: 'email', provider: 'mailgun', purpose: 'Transactional email' },
    reason: 'Mailgun is named',
  },
  {
    pattern: /\b(?:amazon ses|aws ses)\b/i,
    integration: { category: 'email', provider: 'amazon-ses', purpose: 'Transactional email' },
    reason: 'Amazon SES is named',
  },
  {
    pattern: /\b(?:s3|amazon s3|aws s3)\b/i,
    integration: { category: 'storage', provider: 'amazon-s3', purpose: 'File storage' },
    reason: 'Amazon S3 is named',
  },
  {
    pattern: /\bgoogle maps\b|خرائط جوجل|خرائط قوقل/i,
    integration: { category: 'maps', provider: 'google-maps', purpose: 'Maps and addresses' },
    reason: 'Google Maps is named',
  },
  {
    pattern: /\bmapbox\b/i,
    integration: { category: 'maps', provider: 'mapbox', purpose: 'Maps' },
    reason: 'Mapbox is named',
  },
  {
    pattern: /\bslack\b/i,
    integration: { category: 'messaging', provider: 'slack', purpose: 'Team notifications' },
    reason: 'Slack is named',
  },
  {
    pattern: /\bwhatsapp\b|واتساب|واتس اب/i,
    integration: { category: 'messaging', provider: 'whatsapp', purpose: 'WhatsApp messages' },
    reason: 'WhatsApp is named',
  },
  {
    pattern: /\bnafath\b|نفاذ/i,
    integration: { category: 'identity', provider: 'nafath', purpose: 'National single sign-on' },
    reason: 'Nafath is named',
  },
  {
    pattern: /\babsher\b|أبشر|ابشر/i,
    integration: { category: 'government', provider: 'absher', purpose: 'Government identity services' },
    reason: 'Absher is named',
  },
  {
    pattern: /\bgoogle analytics\b/i,
    integration: { category: 'analytics', provider: 'google-analytics', purpose: 'Usage analytics' },
    reason: 'Google Analytics is named',
  },
  {
    pattern: /\b(?:openai|chatgpt)\b/i,
    integration: { category: 'ai', provider: 'openai', purpose: 'AI features' },
    reason: 'OpenAI is named',
  },
];

export interface FoundIntegration {
  integration: Integration;
  reason: string;
  evidence: string;
}

export function findIntegrations(message: string): FoundIntegration[] {
  const found: FoundIntegration[] = [];
  for (const { pattern, integration, reason } of INTEGRATIONS) {
    const match = pattern.exec(message);
    if (!match || found.some((item) => item.integration.provider === integration.provider)) continue;
    found.push({ integration, reason, evidence: match[0] });
  }
  return found;
}

export function findDeploymentTargets(message: string): Array<'docker' | 'kubernetes'> {
  const targets: Array<'docker' | 'kubernetes'> = [];
  if (/\bdocker\b|دوكر/i.test(message)) targets.push('docker');
  if (/\b(?:kubernetes|k8s)\b|كوبرنيتس|كوبرنتس/i.test(message)) targets.push('kubernetes');
  return targets;
}

/** Locales the text asks for: "in Arabic and English", "bilingual", "بالعربية والإنجليزية". */
export function findRequestedLocales(message: string): Array<'ar' | 'en'> {
  const locales: Array<'ar' | 'en'> = [];
  if (/\b(?:arabic|bilingual|rtl)\b|العربي[ةه]|عربي/i.test(message)) locales.push('ar');
  if (/\b(?:english|bilingual)\b|الإنجليزي[ةه]|الانجليزي[ةه]|انجليزي|إنجليزي/i.test(message))
    locales.push('en');
  return locales;
}

/** Whether people outside the staff sign in themselves (so a portal role is wanted). */
export function wantsSelfService(message: string): boolean {
  return /\bportal\b|self[- ]service|\bonline booking\b|\b(?:patients|students|customers|citizens|members|parents|guardians|clients)\s+(?:can|could|should|will|may|must be able to)\b|\bbook online\b|بواب[ةه]|يستطيع|يمكن لل|يمكنهم|يستطيعون|حجز الكتروني|حجز إلكتروني/i.test(
    message,
  );
}
