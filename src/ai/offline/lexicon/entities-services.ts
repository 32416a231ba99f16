/**
 * Entities of healthcare, education and government platforms, in English and Arabic.
 * @module
 */
import { entity } from './entity-entry.js';
import type { EntityEntry } from './types.js';

// prettier-ignore
export const SERVICE_ENTITIES: readonly EntityEntry[] = [
  // Healthcare
  entity('Patient', 'patient', ['مريض', 'المرضى'], 'person', ['fullName!', 'nationalId*', 'birthDate', 'gender', 'phone', 'email', 'address', 'bloodType', 'allergies', 'medicalHistory'], [], ['مريض', 'مرضي', 'مريضه', 'مرضاه']),
  entity('Doctor', 'doctor', ['طبيب', 'الأطباء'], 'person', ['fullName!', 'specialty!', 'licenseNumber*', 'phone', 'email'], ['physician', 'specialist', 'dentist'], ['طبيب', 'اطباء', 'دكتور', 'دكاتره', 'طبيبه']),
  entity('Nurse', 'nurse', ['ممرض', 'الممرضون'], 'person', ['fullName!', 'licenseNumber', 'phone', 'email'], [], ['ممرض', 'ممرضه', 'ممرضين', 'ممرضات', 'ممرضون']),
  entity('Appointment', 'appointment', ['موعد', 'المواعيد'], 'thing', ['scheduledAt!', 'status=booked|completed|cancelled|no_show', 'reason', 'notes'], ['booking', 'visit slot'], ['موعد', 'مواعيد', 'حجز', 'حجوزات']),
  entity('Visit', 'visit', ['زيارة', 'الزيارات'], 'thing', ['date!', 'symptoms', 'diagnosis', 'treatment', 'notes'], ['encounter', 'consultation', 'checkup'], ['زياره', 'زيارات', 'استشاره', 'استشارات', 'كشف']),
  entity('Prescription', 'prescription', ['وصفة طبية', 'الوصفات الطبية'], 'thing', ['medication!', 'dosage', 'instructions', 'issueDate', 'refills'], [], ['وصفه', 'وصفات', 'وصفه طبيه', 'وصفات طبيه', 'روشته']),
  entity('MedicalRecord', 'medical record', ['سجل طبي', 'السجلات الطبية'], 'thing', ['diagnosis', 'medicalHistory', 'allergies', 'notes'], ['health record', 'patient record', 'ehr', 'emr'], ['سجل طبي', 'سجلات طبيه', 'ملف طبي', 'ملفات طبيه']),
  entity('LabTest', 'lab test', ['فحص مخبري', 'الفحوصات المخبرية'], 'thing', ['name!', 'date', 'status=ordered|in_progress|completed', 'labResult'], ['laboratory test', 'test order', 'lab order', 'blood test'], ['فحص', 'فحوصات', 'تحليل', 'تحاليل', 'فحص مخبري', 'فحوصات مخبريه']),
  entity('LabResult', 'lab result', ['نتيجة مختبر', 'نتائج المختبر'], 'thing', ['labResult!', 'date', 'notes'], ['test result', 'laboratory result'], ['نتيجه مختبر', 'نتائج المختبر', 'نتائج التحاليل', 'نتيجه التحليل']),
  entity('Medicine', 'medicine', ['دواء', 'الأدوية'], 'thing', ['name!', 'sku*', 'price', 'manufacturer', 'requiresPrescription'], ['medicine', 'drug', 'medication item', 'pharmaceutical'], ['دواء', 'ادويه', 'عقار', 'عقاقير']),
  entity('StockItem', 'stock item', ['صنف مخزون', 'المخزون'], 'thing', ['quantity!', 'reorderLevel', 'batchNumber', 'expiryDate'], ['stock', 'inventory', 'inventory item', 'stock level', 'stock record'], ['مخزون', 'المخزون', 'صنف مخزون', 'اصناف المخزون', 'جرد'], 'Stock items'),
  entity('Ward', 'ward', ['جناح', 'الأجنحة'], 'thing', ['name!', 'capacity'], [], ['جناح', 'اجنحه']),
  entity('Bed', 'bed', ['سرير', 'الأسرة'], 'thing', ['code!', 'status=available|occupied|maintenance'], [], ['سرير', 'اسره']),
  entity('Admission', 'admission', ['تنويم', 'حالات التنويم'], 'thing', ['startDate!', 'endDate', 'reason', 'diagnosis'], ['hospitalization', 'inpatient stay'], ['تنويم', 'دخول', 'حالات التنويم']),
  entity('InsuranceClaim', 'insurance claim', ['مطالبة تأمين', 'مطالبات التأمين'], 'thing', ['amount!', 'status=submitted|approved|rejected|paid', 'issueDate'], ['claim'], ['مطالبه', 'مطالبات', 'مطالبه تامين', 'مطالبات التامين']),
  entity('Vaccination', 'vaccination', ['تطعيم', 'التطعيمات'], 'thing', ['name!', 'date!', 'dosage'], ['vaccine', 'immunization'], ['تطعيم', 'تطعيمات', 'لقاح', 'لقاحات']),
  // Education
  entity('Student', 'student', ['طالب', 'الطلاب'], 'person', ['fullName!', 'studentNumber*', 'email', 'phone', 'birthDate', 'gender'], ['learner', 'pupil', 'trainee'], ['طالب', 'طلاب', 'طلبه', 'طالبه', 'طالبات', 'متعلم', 'متعلمين', 'متدرب', 'متدربين']),
  entity('Teacher', 'teacher', ['معلم', 'المعلمون'], 'person', ['fullName!', 'email', 'phone', 'specialty=general|mathematics|science|languages'], ['instructor', 'lecturer', 'professor', 'tutor', 'trainer', 'faculty member'], ['معلم', 'معلمين', 'معلمون', 'معلمو', 'مدرس', 'مدرسين', 'استاذ', 'اساتذه', 'محاضر', 'محاضرين', 'مدرب', 'مدربين']),
  entity('Course', 'course', ['مقرر', 'المقررات'], 'thing', ['title!', 'code*', 'credits', 'description'], ['subject', 'module', 'class', 'training program'], ['مقرر', 'مقررات', 'دوره', 'دورات', 'ماده', 'مواد', 'ماده دراسيه', 'مواد دراسيه', 'كورس', 'كورسات']),
  entity('Enrollment', 'enrollment', ['تسجيل', 'التسجيلات'], 'thing', ['date!', 'status=active|completed|withdrawn'], ['enrolment', 'registration'], ['تسجيلات', 'قيد']),
  entity('Lesson', 'lesson', ['درس', 'الدروس'], 'thing', ['title!', 'scheduledAt', 'content'], ['lecture'], ['درس', 'دروس', 'محاضره', 'محاضرات']),
  entity('Assignment', 'assignment', ['واجب', 'الواجبات'], 'thing', ['title!', 'dueDate!', 'description', 'maxScore'], ['homework', 'task assignment'], ['واجب', 'واجبات', 'تكليف', 'تكليفات']),
  entity('Exam', 'exam', ['اختبار', 'الاختبارات'], 'thing', ['title!', 'date!', 'maxScore'], ['test', 'examination', 'quiz', 'assessment'], ['اختبار', 'اختبارات', 'امتحان', 'امتحانات']),
  entity('Grade', 'grade', ['درجة', 'الدرجات'], 'thing', ['score!', 'grade', 'notes'], ['mark', 'result'], ['درجه', 'درجات', 'علامه', 'علامات', 'نتيجه', 'نتائج']),
  entity('Attendance', 'attendance record', ['سجل حضور', 'سجلات الحضور'], 'thing', ['date!', 'status=present|absent|late'], ['attendance'], ['حضور', 'غياب', 'سجل حضور', 'الحضور والغياب']),
  entity('Classroom', 'classroom', ['فصل دراسي', 'الفصول الدراسية'], 'thing', ['name!', 'capacity', 'location'], ['room', 'class room'], ['فصل', 'فصول', 'قاعه', 'قاعات']),
  entity('Guardian', 'guardian', ['ولي أمر', 'أولياء الأمور'], 'person', ['fullName!', 'phone!', 'email', 'relationship'], ['parent'], ['ولي امر', 'اولياء امور', 'اولياء الامور', 'ولي الامر']),
  entity('Certificate', 'certificate', ['شهادة', 'الشهادات'], 'thing', ['title!', 'issueDate!', 'code*'], ['diploma'], ['شهاده', 'شهادات']),
  // Government
  entity('Citizen', 'citizen', ['مواطن', 'المواطنون'], 'person', ['fullName!', 'nationalId!*', 'birthDate', 'phone', 'email', 'address'], ['resident', 'beneficiary'], ['مواطن', 'مواطنين', 'مواطنون', 'مواطنو', 'مقيم', 'مقيمين', 'مستفيد', 'مستفيدين']),
  entity('Application', 'application', ['طلب', 'الطلبات'], 'thing', ['reference*', 'submittedAt', 'status=submitted|under_review|approved|rejected', 'notes'], ['request', 'service request', 'petition'], ['طلب', 'طلبات', 'معامله', 'معاملات']),
  entity('Permit', 'permit', ['تصريح', 'التصاريح'], 'thing', ['code!*', 'issueDate!', 'endDate', 'status=active|expired|revoked'], ['licence', 'license'], ['تصريح', 'تصاريح', 'رخصه', 'رخص']),
  entity('Service', 'service', ['خدمة', 'الخدمات'], 'thing', ['name!', 'description', 'fee'], ['government service', 'e-service'], ['خدمه', 'خدمات']),
  entity('Complaint', 'complaint', ['شكوى', 'الشكاوى'], 'thing', ['title!', 'description!', 'status=open|in_progress|resolved|closed', 'priority'], ['grievance', 'ticket', 'report'], ['شكوي', 'شكاوي', 'بلاغ', 'بلاغات']),
  entity('Agency', 'agency', ['جهة حكومية', 'الجهات الحكومية'], 'organization', ['name!', 'code', 'email', 'phone'], ['ministry', 'municipality', 'government agency', 'authority'], ['جهه', 'جهات', 'وزاره', 'وزارات', 'بلديه', 'بلديات', 'هيئه', 'هيئات'], 'Agencies'),
  entity('Inspection', 'inspection', ['تفتيش', 'عمليات التفتيش'], 'thing', ['date!', 'result=passed|failed|follow_up', 'notes'], ['audit visit'], ['تفتيش', 'جوله تفتيشيه', 'جولات تفتيشيه']),
  entity('Fine', 'fine', ['مخالفة', 'المخالفات'], 'thing', ['amount!', 'reason', 'issueDate!', 'status=unpaid|paid|appealed'], ['penalty', 'violation', 'ticket fine'], ['مخالفه', 'مخالفات', 'غرامه', 'غرامات']),
  entity('Property', 'property', ['عقار', 'العقارات'], 'thing', ['title!', 'address', 'area', 'price'], ['real estate', 'parcel', 'plot'], ['عقار', 'عقارات', 'ارض', 'اراضي'], 'Properties'),
  entity('Vehicle', 'vehicle', ['مركبة', 'المركبات'], 'thing', ['plateNumber!*', 'model', 'year'], ['car', 'truck', 'van'], ['مركبه', 'مركبات', 'سياره', 'سيارات']),
  entity('Document', 'document', ['مستند', 'المستندات'], 'thing', ['title!', 'attachment!', 'issueDate'], ['file record', 'paper'], ['مستند', 'مستندات', 'وثيقه', 'وثائق']),
];
