/**
 * Knowledge packs: per domain, the entities, relations and roles a platform usually has, and the
 * words that reveal the domain.
 * @module
 */
import type { Domain } from '../../../contracts/index.js';
import { COMMERCE_PACK } from './commerce.js';
import { EDUCATION_PACK } from './education.js';
import { ENTERPRISE_PACK } from './enterprise.js';
import { FINANCIAL_PACK } from './financial.js';
import { GOVERNMENT_PACK } from './government.js';
import { HEALTHCARE_PACK } from './healthcare.js';
import { OTHER_PACK } from './other.js';
import type { KnowledgePack } from './types.js';

export type { Implication, KnowledgePack, RelationHint, RoleHint, WeightedWords } from './types.js';
export { actionsOf } from './types.js';

/** In tie-break order: the first pack wins an equal score. */
export const KNOWLEDGE_PACKS: readonly KnowledgePack[] = [
  HEALTHCARE_PACK,
  FINANCIAL_PACK,
  GOVERNMENT_PACK,
  EDUCATION_PACK,
  ENTERPRISE_PACK,
  COMMERCE_PACK,
  OTHER_PACK,
];

export function packOf(domain: Domain): KnowledgePack {
  return KNOWLEDGE_PACKS.find((pack) => pack.domain === domain) ?? OTHER_PACK;
}

/** Relation hints of every pack, the given domain's first: used to link entities across domains. */
export function relationHintsFor(domain: Domain): KnowledgePack['relations'] {
  const own = packOf(domain);
  return [own, ...KNOWLEDGE_PACKS.filter((pack) => pack !== own)].flatMap((pack) => pack.relations);
}

/** True when some domain's pack owns the entity, so its aliases are that domain's vocabulary. */
export function isDomainEntity(name: string): boolean {
  return KNOWLEDGE_PACKS.some((pack) => pack.entities.includes(name));
}
