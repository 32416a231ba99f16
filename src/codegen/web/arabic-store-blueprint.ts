import type { BlueprintInput } from '../../contracts/index.js';

/**
 * A test Blueprint in Arabic only that uses every field type, every relation kind, every sensitive
 * data class, an enum value without a label, and no pages or menu (the web generator makes them).
 */
export const arabicStoreBlueprint: BlueprintInput = {
  schemaVersion: 1,
  name: 'متجر الرياض',
  slug: 'riyadh-store',
  domain: 'commerce',
  locales: ['ar'],
  defaultLocale: 'ar',
  entities: [
    {
      name: 'Customer',
      label: { ar: 'عميل' },
      pluralLabel: { ar: 'العملاء' },
      fields: [
        { name: 'fullName', label: { ar: 'الاسم' }, type: 'string', required: true, maxLength: 120 },
        { name: 'biography', label: { ar: 'نبذة' }, type: 'text', maxLength: 2000 },
        { name: 'visits', label: { ar: 'الزيارات' }, type: 'integer', min: 0, default: 0 },
        { name: 'rating', label: { ar: 'التقييم' }, type: 'decimal', min: 0, max: 5 },
        { name: 'credit', label: { ar: 'الرصيد' }, type: 'money', currency: 'SAR' },
        { name: 'vip', label: { ar: 'مميز' }, type: 'boolean', default: false },
        { name: 'joinedOn', label: { ar: 'تاريخ الانضمام' }, type: 'date' },
        { name: 'lastSeenAt', label: { ar: 'آخر زيارة' }, type: 'datetime' },
        { name: 'email', label: { ar: 'البريد' }, type: 'email', unique: true, dataClass: 'personal' },
        { name: 'mobile', label: { ar: 'الجوال' }, type: 'phone', dataClass: 'personal' },
        { name: 'website', label: { ar: 'الموقع' }, type: 'url' },
        {
          name: 'tier',
          label: { ar: 'الفئة' },
          type: 'enum',
          required: true,
          default: 'silver',
          values: [
            { value: 'silver', label: { ar: 'فضية' } },
            { value: 'gold', label: { ar: 'ذهبية' } },
            { value: 'vip_plus' },
          ],
        },
        { name: 'preferences', label: { ar: 'التفضيلات' }, type: 'json' },
        { name: 'contract', label: { ar: 'العقد' }, type: 'file' },
        { name: 'allergies', label: { ar: 'الحساسية' }, type: 'text', dataClass: 'health' },
        { name: 'cardNumber', label: { ar: 'رقم البطاقة' }, type: 'string', dataClass: 'payment-card' },
        { name: 'apiKey', label: { ar: 'مفتاح الربط' }, type: 'string', dataClass: 'secret' },
      ],
    },
    {
      name: 'Order',
      label: { ar: 'طلب' },
      pluralLabel: { ar: 'الطلبات' },
      displayField: 'reference',
      fields: [
        { name: 'reference', label: { ar: 'المرجع' }, type: 'string', required: true, unique: true },
        { name: 'total', label: { ar: 'الإجمالي' }, type: 'money', currency: 'SAR', required: true, min: 0 },
      ],
    },
    {
      name: 'Tag',
      label: { ar: 'وسم' },
      pluralLabel: { ar: 'الوسوم' },
      fields: [{ name: 'title', label: { ar: 'العنوان' }, type: 'string', required: true }],
    },
    {
      name: 'LoyaltyCard',
      label: { ar: 'بطاقة ولاء' },
      pluralLabel: { ar: 'بطاقات الولاء' },
      fields: [{ name: 'points', label: { ar: 'النقاط' }, type: 'integer', required: true, default: 0 }],
    },
    {
      name: 'SupportNote',
      label: { ar: 'ملاحظة دعم' },
      pluralLabel: { ar: 'ملاحظات الدعم' },
      fields: [{ name: 'body', label: { ar: 'النص' }, type: 'text', required: true }],
    },
  ],
  relations: [
    {
      name: 'customer',
      kind: 'belongs-to',
      from: 'Order',
      to: 'Customer',
      inverseName: 'orders',
      required: true,
    },
    { name: 'tags', kind: 'many-to-many', from: 'Order', to: 'Tag', inverseName: 'orders' },
    { name: 'loyaltyCard', kind: 'has-one', from: 'Customer', to: 'LoyaltyCard', onDelete: 'set-null' },
    {
      name: 'supportNotes',
      kind: 'has-many',
      from: 'Customer',
      to: 'SupportNote',
      label: { ar: 'ملاحظات الدعم' },
      onDelete: 'cascade',
    },
  ],
  roles: [
    {
      name: 'manager',
      label: { ar: 'مدير' },
      administrator: true,
      inherits: ['clerk'],
      permissions: [
        { entity: 'Customer', actions: ['create', 'read', 'update', 'delete'] },
        { entity: 'Tag', actions: ['create', 'read', 'update', 'delete'] },
        { entity: 'LoyaltyCard', actions: ['create', 'read', 'update', 'delete'] },
        { entity: 'SupportNote', actions: ['create', 'read', 'update', 'delete'] },
      ],
    },
    {
      name: 'clerk',
      label: { ar: 'موظف' },
      permissions: [
        { entity: 'Order', actions: ['create', 'read', 'update'], scope: 'own' },
        { entity: 'Customer', actions: ['read'] },
        { entity: 'Tag', actions: ['read'] },
      ],
    },
  ],
  compliance: ['PDPL', 'PCI-DSS'],
  deployment: { targets: ['local'], dataResidency: 'SA' },
};
