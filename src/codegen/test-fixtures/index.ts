/**
 * Blueprints written (or imported) for the generator's tests: one per domain, together covering every
 * field type, relation kind, data class, role feature, compliance regime and both Arabic-only and
 * bilingual locales.
 * @module
 */
import { clinicBlueprint } from '../../blueprint/examples/clinic.js';
import type { BlueprintInput } from '../../contracts/index.js';
import { bookshopBlueprint } from './bookshop.js';
import { enterpriseOperationsBlueprint } from './enterprise-operations.js';
import { microfinanceBlueprint } from './microfinance.js';
import { municipalPermitsBlueprint } from './municipal-permits.js';
import { universityBlueprint } from './university.js';

export {
  bookshopBlueprint,
  enterpriseOperationsBlueprint,
  microfinanceBlueprint,
  municipalPermitsBlueprint,
  universityBlueprint,
};

/** Every test Blueprint by a short label, the clinic example included. */
export function testBlueprints(): Record<string, BlueprintInput> {
  return {
    clinic: clinicBlueprint,
    bookshop: bookshopBlueprint,
    microfinance: microfinanceBlueprint,
    municipalPermits: municipalPermitsBlueprint,
    enterpriseOperations: enterpriseOperationsBlueprint,
    university: universityBlueprint(),
  };
}
