import type { CorpusCase } from './types.js';

/** Longer and looser descriptions, closer to how people write when they first explain a platform. */
export const HARDER_CASES: readonly CorpusCase[] = [
  {
    id: 'physio-long',
    description:
      'We are a physiotherapy practice with three therapists. I want a web application where our receptionist can register patients ' +
      '(name, date of birth, phone, insurance number) and book their sessions. After each visit the therapist writes notes and a treatment plan. ' +
      'Patients should be able to see their upcoming appointments. We also send invoices at the end of the month and accept card payments.',
    language: 'en',
    domain: 'healthcare',
    entities: ['Patient', 'Appointment', 'Visit', 'Invoice'],
    relations: ['Appointment->Patient', 'Visit->Patient', 'Invoice->Patient'],
    dataClasses: { 'Patient.birthDate': 'personal', 'Patient.insuranceNumber': 'personal' },
    compliance: ['HIPAA', 'PCI-DSS'],
  },
  {
    id: 'tutoring-long',
    description:
      'A tutoring centre needs to keep track of the tutors, the pupils they teach and the lessons booked between them. ' +
      'Parents pay per lesson through PayPal, and we want to email a monthly report of grades to each parent.',
    language: 'en',
    domain: 'education',
    entities: ['Teacher', 'Student', 'Lesson', 'Guardian', 'Grade'],
    relations: ['Lesson->Teacher', 'Lesson->Student'],
    dataClasses: {},
    compliance: ['PCI-DSS'],
  },
  {
    id: 'fleet-rental',
    description:
      'Car rental company in Dubai: we rent vehicles to customers; each rental belongs to a vehicle and a customer and has a start date, end date and price.',
    language: 'en',
    domain: 'other',
    entities: ['Vehicle', 'Customer', 'Rental'],
    relations: ['Rental->Vehicle', 'Rental->Customer'],
    dataClasses: { 'Customer.phone': 'personal' },
    compliance: [],
  },
  {
    id: 'grants-ar',
    description:
      'منصة حكومية لإدارة طلبات المنح المقدمة من المواطنين، ولكل طلب مستندات مرفقة، ويراجعها موظفو الوزارة',
    language: 'ar',
    domain: 'government',
    entities: ['Application', 'Citizen', 'Document', 'Employee'],
    relations: ['Application->Citizen', 'Document->Application'],
    dataClasses: {},
    compliance: [],
  },
  {
    id: 'bakery-ar',
    description: 'مخبز يبيع منتجاته أونلاين: العملاء يطلبون المنتجات ويتم توصيل الطلبات عبر السائقين',
    language: 'ar',
    domain: 'commerce',
    entities: ['Product', 'Customer', 'Order', 'Driver'],
    relations: ['Order->Customer', 'Order->Driver'],
    dataClasses: {},
    compliance: [],
  },
  {
    id: 'recruiting',
    description:
      'An applicant tracking system: job openings, candidates with CV and email, and interviews. Each interview belongs to a candidate and an opening; hiring managers are employees.',
    language: 'en',
    domain: 'enterprise',
    entities: ['JobOpening', 'Candidate', 'Interview', 'Employee'],
    relations: ['Interview->Candidate', 'Interview->JobOpening'],
    dataClasses: { 'Candidate.email': 'personal' },
    compliance: [],
  },
];
