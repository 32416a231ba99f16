/**
 * Entities of financial, commerce and enterprise platforms, and general ones, in English and Arabic.
 * @module
 */
import { entity } from './entity-entry.js';
import type { EntityEntry } from './types.js';

// prettier-ignore
export const BUSINESS_ENTITIES: readonly EntityEntry[] = [
  // Financial
  entity('Customer', 'customer', ['عميل', 'العملاء'], 'person', ['fullName!', 'email', 'phone', 'address', 'nationalId'], ['client', 'buyer', 'shopper', 'account holder'], ['عميل', 'عملاء', 'زبون', 'زبائن', 'مشتري', 'مشترين']),
  entity('Account', 'account', ['حساب', 'الحسابات'], 'thing', ['iban!*', 'accountType', 'balance', 'currency', 'status=active|frozen|closed'], ['bank account', 'wallet'], ['حساب', 'حسابات', 'محفظه', 'محافظ']),
  entity('Transaction', 'transaction', ['معاملة مالية', 'المعاملات المالية'], 'thing', ['amount!', 'date!', 'kind=deposit|withdrawal|transfer', 'reference', 'description'], ['transfer', 'payment transaction'], ['معامله ماليه', 'معاملات ماليه', 'تحويل', 'تحويلات']),
  entity('Loan', 'loan', ['قرض', 'القروض'], 'thing', ['amount!', 'interestRate', 'startDate', 'endDate', 'status=applied|approved|active|repaid|defaulted'], ['financing', 'credit facility', 'mortgage'], ['قرض', 'قروض', 'تمويل', 'تمويلات']),
  entity('Invoice', 'invoice', ['فاتورة', 'الفواتير'], 'thing', ['reference*', 'amount!', 'issueDate', 'dueDate', 'status=draft|sent|paid|overdue|cancelled'], ['bill'], ['فاتوره', 'فواتير']),
  entity('Payment', 'payment', ['دفعة', 'المدفوعات'], 'thing', ['amount!', 'paidAt', 'paymentMethod', 'reference', 'status=pending|completed|failed|refunded'], ['receipt'], ['دفعه', 'دفعات', 'مدفوعات', 'سداد', 'ايصال', 'ايصالات']),
  entity('Expense', 'expense', ['مصروف', 'المصروفات'], 'thing', ['amount!', 'date!', 'category', 'description', 'attachment'], ['expense claim', 'spending'], ['مصروف', 'مصروفات', 'مصاريف', 'نفقه', 'نفقات']),
  entity('Card', 'card', ['بطاقة', 'البطاقات'], 'thing', ['cardNumber!', 'cardExpiry', 'status=active|blocked|expired'], ['credit card', 'debit card', 'payment card'], ['بطاقه', 'بطاقات']),
  entity('Branch', 'branch', ['فرع', 'الفروع'], 'organization', ['name!', 'city', 'address', 'phone'], ['office', 'store location', 'outlet'], ['فرع', 'فروع'], 'Branches'),
  entity('Budget', 'budget', ['ميزانية', 'الميزانيات'], 'thing', ['name!', 'amount!', 'startDate', 'endDate'], [], ['ميزانيه', 'ميزانيات']),
  // Commerce
  entity('Product', 'product', ['منتج', 'المنتجات'], 'thing', ['name!', 'sku*', 'price!', 'description', 'quantity', 'photo'], ['item', 'article', 'goods', 'listing'], ['منتج', 'منتجات', 'سلعه', 'سلع', 'صنف', 'اصناف', 'بضاعه', 'بضائع']),
  entity('Category', 'category', ['فئة', 'الفئات'], 'thing', ['name!', 'description'], ['product category', 'collection'], ['فئه', 'فئات', 'تصنيف', 'تصنيفات', 'قسم المنتجات'], 'Categories'),
  entity('Order', 'order', ['طلب', 'الطلبات'], 'thing', ['reference*', 'date!', 'total', 'status=pending|paid|shipped|delivered|cancelled'], ['purchase', 'sales order'], ['طلب', 'طلبات', 'طلب شراء', 'طلبيه', 'طلبيات']),
  entity('OrderItem', 'order item', ['بند طلب', 'بنود الطلب'], 'thing', ['quantity!', 'price!'], ['order line', 'line item', 'cart item'], ['بند طلب', 'بنود الطلب', 'بنود']),
  entity('Cart', 'cart', ['سلة', 'سلال التسوق'], 'thing', ['status=open|checked_out|abandoned'], ['shopping cart', 'basket'], ['سله', 'سله التسوق', 'عربه التسوق']),
  entity('Supplier', 'supplier', ['مورد', 'الموردون'], 'organization', ['name!', 'email', 'phone', 'address'], ['vendor', 'provider company', 'distributor'], ['مورد', 'موردين', 'موردون', 'مزود', 'مزودين']),
  entity('Shipment', 'shipment', ['شحنة', 'الشحنات'], 'thing', ['reference*', 'date', 'status=preparing|shipped|delivered|returned', 'address'], ['delivery', 'parcel delivery'], ['شحنه', 'شحنات', 'توصيل', 'توصيلات']),
  entity('Review', 'review', ['تقييم', 'التقييمات'], 'thing', ['rating!', 'comment'], ['product review', 'feedback', 'testimonial'], ['تقييم', 'تقييمات', 'مراجعه', 'مراجعات']),
  entity('Coupon', 'coupon', ['قسيمة', 'القسائم'], 'thing', ['code!*', 'discount', 'endDate'], ['discount code', 'voucher', 'promo code'], ['قسيمه', 'قسائم', 'كوبون', 'كوبونات', 'كود خصم']),
  entity('Warehouse', 'warehouse', ['مستودع', 'المستودعات'], 'organization', ['name!', 'location', 'capacity'], ['depot'], ['مستودع', 'مستودعات', 'مخزن', 'مخازن']),
  entity('Restaurant', 'restaurant', ['مطعم', 'المطاعم'], 'organization', ['name!', 'address', 'phone'], [], ['مطعم', 'مطاعم']),
  entity('MenuItem', 'menu item', ['صنف قائمة', 'أصناف القائمة'], 'thing', ['name!', 'price!', 'description', 'photo'], ['dish', 'meal'], ['طبق', 'اطباق', 'وجبه', 'وجبات']),
  // Enterprise
  entity('Employee', 'employee', ['موظف', 'الموظفون'], 'person', ['fullName!', 'employeeNumber*', 'email', 'phone', 'jobTitle', 'hireDate', 'salary'], ['staff member', 'worker', 'staff', 'team member'], ['موظف', 'موظفين', 'موظفون', 'موظفو', 'موظفه', 'موظفات', 'عامل', 'عمال']),
  entity('Department', 'department', ['قسم', 'الأقسام'], 'organization', ['name!', 'code'], ['team', 'division'], ['قسم', 'اقسام', 'فريق', 'فرق']),
  entity('Project', 'project', ['مشروع', 'المشاريع'], 'thing', ['name!', 'startDate', 'endDate', 'budget', 'status=planned|active|on_hold|completed'], ['initiative'], ['مشروع', 'مشاريع', 'مشروعات']),
  entity('Task', 'task', ['مهمة', 'المهام'], 'thing', ['title!', 'description', 'dueDate', 'priority', 'status=todo|in_progress|done'], ['to-do', 'todo', 'work item'], ['مهمه', 'مهام']),
  entity('LeaveRequest', 'leave request', ['طلب إجازة', 'طلبات الإجازة'], 'thing', ['startDate!', 'endDate!', 'kind=annual|sick|unpaid', 'status=pending|approved|rejected', 'reason'], ['leave', 'vacation request', 'time off', 'vacation', 'absence request'], ['اجازه', 'اجازات', 'طلب اجازه', 'طلبات الاجازه', 'طلبات اجازه']),
  entity('Payroll', 'payroll run', ['مسير رواتب', 'مسيرات الرواتب'], 'thing', ['startDate!', 'endDate!', 'total', 'status=draft|approved|paid'], ['payroll', 'payslip', 'salary run'], ['رواتب', 'مسير رواتب', 'كشف رواتب']),
  entity('Asset', 'asset', ['أصل', 'الأصول'], 'thing', ['name!', 'serialNumber*', 'category', 'value', 'status=in_use|in_storage|retired'], ['equipment', 'device', 'laptop'], ['اصل', 'اصول', 'معدات', 'جهاز', 'اجهزه']),
  entity('Meeting', 'meeting', ['اجتماع', 'الاجتماعات'], 'thing', ['title!', 'scheduledAt!', 'location', 'notes'], [], ['اجتماع', 'اجتماعات']),
  entity('Contract', 'contract', ['عقد', 'العقود'], 'thing', ['title!', 'startDate!', 'endDate', 'value', 'attachment'], ['agreement'], ['عقد', 'عقود', 'اتفاقيه', 'اتفاقيات']),
  entity('Lead', 'lead', ['عميل محتمل', 'العملاء المحتملون'], 'person', ['fullName!', 'email', 'phone', 'source', 'status=new|contacted|qualified|lost'], ['prospect', 'opportunity'], ['عميل محتمل', 'عملاء محتملين', 'فرصه', 'فرص']),
  entity('Ticket', 'ticket', ['تذكرة دعم', 'تذاكر الدعم'], 'thing', ['title!', 'description', 'priority', 'status=open|in_progress|resolved|closed'], ['support ticket', 'issue', 'incident'], ['تذكره', 'تذاكر', 'تذكره دعم', 'تذاكر الدعم']),
  entity('PurchaseOrder', 'purchase order', ['أمر شراء', 'أوامر الشراء'], 'thing', ['reference*', 'date!', 'total', 'status=draft|approved|received'], ['po'], ['امر شراء', 'اوامر شراء', 'اوامر الشراء']),
  entity('Timesheet', 'timesheet', ['سجل ساعات', 'سجلات الساعات'], 'thing', ['date!', 'hours!', 'notes'], ['time entry', 'time sheet'], ['سجل ساعات', 'ساعات العمل']),
  // General
  entity('Member', 'member', ['عضو', 'الأعضاء'], 'person', ['fullName!', 'email', 'phone', 'joinedAt'], ['subscriber', 'participant'], ['عضو', 'اعضاء', 'مشترك', 'مشتركين']),
  entity('Event', 'event', ['فعالية', 'الفعاليات'], 'thing', ['title!', 'scheduledAt!', 'location', 'capacity', 'description'], ['activity', 'workshop', 'conference'], ['فعاليه', 'فعاليات', 'حدث', 'احداث', 'ورشه', 'ورش', 'مؤتمر']),
  entity('Booking', 'reservation', ['حجز', 'الحجوزات'], 'thing', ['scheduledAt!', 'status=pending|confirmed|cancelled', 'notes'], ['reservation', 'booking'], ['حجز', 'حجوزات']),
  entity('Room', 'room', ['غرفة', 'الغرف'], 'thing', ['code!', 'capacity', 'price'], ['hotel room', 'suite'], ['غرفه', 'غرف']),
  entity('Article', 'article', ['مقال', 'المقالات'], 'thing', ['title!', 'content!', 'publishedAt'], ['post', 'blog post', 'news item'], ['مقال', 'مقالات', 'مقاله', 'خبر', 'اخبار']),
  entity('Book', 'book', ['كتاب', 'الكتب'], 'thing', ['title!', 'author', 'isbn*'], [], ['كتاب', 'كتب']),
  entity('Borrowing', 'borrowing', ['إعارة', 'الإعارات'], 'thing', ['startDate!', 'dueDate!', 'returnedAt'], ['book loan', 'checkout'], ['اعاره', 'اعارات']),
  entity('Driver', 'driver', ['سائق', 'السائقون'], 'person', ['fullName!', 'phone!', 'licenseNumber*'], ['courier', 'rider'], ['سائق', 'سائقين', 'سائقون', 'مندوب', 'مندوبين']),
  entity('Trip', 'trip', ['رحلة', 'الرحلات'], 'thing', ['startDate!', 'location', 'status=planned|in_progress|completed'], ['route', 'journey', 'delivery run'], ['رحله', 'رحلات']),
];
