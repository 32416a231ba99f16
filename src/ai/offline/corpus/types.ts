import type { ComplianceRegime, DataClass, Domain } from '../../../contracts/index.js';

/** One platform description with what a domain expert expects the analyzer to find. */
export interface CorpusCase {
  id: string;
  description: string;
  language: 'en' | 'ar';
  domain: Domain;
  /** Entity names an expert would expect, e.g. `Patient`; `Vet|Veterinarian` accepts either. */
  entities: readonly string[];
  /** `Appointment->Patient`: the two entities are related (either direction). */
  relations: readonly string[];
  /** `Patient.nationalId` → `personal`. */
  dataClasses: Readonly<Record<string, DataClass>>;
  compliance: readonly ComplianceRegime[];
}
