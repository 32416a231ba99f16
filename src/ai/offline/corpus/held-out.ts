import type { CorpusCase } from './types.js';

/**
 * Descriptions written by a second author after the analyzer was built, and never tuned against:
 * they measure how it does on phrasing it was not shaped around. An expectation `A|B` accepts
 * either name (an expert would accept both `Vet` and `Veterinarian`).
 */
export const HELD_OUT_CASES: readonly CorpusCase[] = [
  {
    id: 'held-out-vet',
    description:
      'A veterinary practice management system: pet owners, pets, vets, visits and vaccinations. Each visit belongs to a pet and a vet.',
    language: 'en',
    domain: 'healthcare',
    entities: ['Owner|PetOwner', 'Pet', 'Veterinarian|Vet', 'Visit', 'Vaccination'],
    relations: ['Visit->Pet', 'Visit->Veterinarian|Vet'],
    dataClasses: {},
    compliance: [],
  },
  {
    id: 'held-out-fleet',
    description:
      'Fleet management for a logistics company: vehicles, drivers, trips and fuel logs. Each trip has a driver and a vehicle.',
    language: 'en',
    domain: 'enterprise',
    entities: ['Vehicle', 'Driver', 'Trip', 'FuelLog'],
    relations: ['Trip->Driver', 'Trip->Vehicle'],
    dataClasses: {},
    compliance: [],
  },
  {
    id: 'held-out-permits',
    description:
      'A municipality permit portal where citizens apply for building permits; inspectors schedule inspections for each permit.',
    language: 'en',
    domain: 'government',
    entities: ['Citizen', 'Permit|BuildingPermit', 'Inspector', 'Inspection'],
    relations: ['Inspection->Permit|BuildingPermit'],
    dataClasses: {},
    compliance: [],
  },
  {
    id: 'held-out-hotel',
    description: 'Hotel booking: rooms, guests, reservations and invoices, payments by credit card.',
    language: 'en',
    domain: 'commerce',
    entities: ['Room', 'Guest', 'Reservation|Booking', 'Invoice'],
    relations: [],
    dataClasses: {},
    compliance: ['PCI-DSS'],
  },
  {
    id: 'held-out-recruiting',
    description:
      'Recruitment tracker: candidates apply to job postings; interviews are scheduled for each application.',
    language: 'en',
    domain: 'enterprise',
    entities: ['Candidate', 'JobPosting|Job|Posting', 'Application', 'Interview'],
    relations: ['Interview->Application'],
    dataClasses: {},
    compliance: [],
  },
  {
    id: 'held-out-insurance',
    description:
      'Insurance claims: policies, policyholders, claims and adjusters; each claim belongs to a policy.',
    language: 'en',
    domain: 'financial',
    entities: ['Policy', 'Policyholder', 'Claim|InsuranceClaim', 'Adjuster'],
    relations: ['Claim|InsuranceClaim->Policy'],
    dataClasses: {},
    compliance: [],
  },
  {
    id: 'held-out-gym',
    description: 'A gym membership system with members, trainers, classes and bookings, members in Germany.',
    language: 'en',
    domain: 'commerce',
    entities: ['Member', 'Trainer', 'Class|FitnessClass', 'Booking'],
    relations: [],
    dataClasses: {},
    compliance: ['GDPR'],
  },
  {
    id: 'held-out-hospital-ar',
    description: 'نظام لإدارة المستشفى يشمل المرضى والأطباء والمواعيد والوصفات الطبية والفواتير',
    language: 'ar',
    domain: 'healthcare',
    entities: ['Patient', 'Doctor', 'Appointment', 'Prescription', 'Invoice'],
    relations: ['Appointment->Patient', 'Appointment->Doctor'],
    dataClasses: {},
    compliance: ['HIPAA'],
  },
  {
    id: 'held-out-university-ar',
    description: 'منصة جامعية للطلاب والمقررات والأساتذة والدرجات، يسجل الطلاب في المقررات',
    language: 'ar',
    domain: 'education',
    entities: ['Student', 'Course', 'Instructor|Teacher|Professor', 'Grade'],
    relations: ['Student->Course'],
    dataClasses: {},
    compliance: [],
  },
  {
    id: 'held-out-perfume-ar',
    description: 'متجر إلكتروني للعطور: المنتجات والعملاء والطلبات والشحنات، والدفع عبر مدى',
    language: 'ar',
    domain: 'commerce',
    entities: ['Product', 'Customer', 'Order', 'Shipment'],
    relations: ['Order->Customer'],
    dataClasses: {},
    compliance: ['PCI-DSS'],
  },
  {
    id: 'held-out-library-ar',
    description: 'نظام مكتبة عامة: الكتب والأعضاء والإعارات، كل إعارة مرتبطة بكتاب وعضو',
    language: 'ar',
    domain: 'education',
    entities: ['Book', 'Member', 'Loan|Borrowing'],
    relations: ['Loan|Borrowing->Book', 'Loan|Borrowing->Member'],
    dataClasses: {},
    compliance: [],
  },
  {
    id: 'held-out-hr-ar',
    description: 'نظام موارد بشرية لشركة في الرياض: الموظفين والأقسام والإجازات والرواتب',
    language: 'ar',
    domain: 'enterprise',
    entities: ['Employee', 'Department', 'Leave|LeaveRequest', 'Payroll|Salary'],
    relations: ['Employee->Department'],
    dataClasses: {},
    compliance: ['PDPL', 'NCA-ECC'],
  },
];
