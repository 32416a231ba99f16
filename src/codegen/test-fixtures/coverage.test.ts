import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../blueprint/index.js';
import {
  COMPLIANCE_REGIMES,
  DATA_CLASSES,
  DOMAINS,
  FIELD_TYPES,
  RELATION_KINDS,
  type Blueprint,
} from '../../contracts/index.js';
import { testBlueprints } from './index.js';

const blueprints: Blueprint[] = Object.values(testBlueprints()).map((input) => {
  const result = validateBlueprint(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.blueprint;
});
const fields = blueprints.flatMap((blueprint) => blueprint.entities.flatMap((entity) => entity.fields));
const relations = blueprints.flatMap((blueprint) => blueprint.relations);

describe('the test Blueprints, together', () => {
  it('are valid and cover one Blueprint per domain (other aside)', () => {
    const domains = new Set(blueprints.map((blueprint) => blueprint.domain));
    expect([...domains].sort()).toEqual(DOMAINS.filter((domain) => domain !== 'other').sort());
  });

  it('cover every field type, data class, relation kind and compliance regime', () => {
    expect(new Set(fields.map((field) => field.type))).toEqual(new Set(FIELD_TYPES));
    expect(new Set(fields.map((field) => field.dataClass))).toEqual(new Set(DATA_CLASSES));
    expect(new Set(relations.map((relation) => relation.kind))).toEqual(new Set(RELATION_KINDS));
    expect(new Set(blueprints.flatMap((blueprint) => blueprint.compliance))).toEqual(
      new Set(COMPLIANCE_REGIMES),
    );
  });

  it('include a 20+ entity Blueprint with a self-relation and two relations between the same entities', () => {
    const big = blueprints.find((blueprint) => blueprint.entities.length >= 20);
    expect(big).toBeDefined();
    const pairs = (big?.relations ?? []).map((relation) => `${relation.from}->${relation.to}`);
    expect(big?.relations.some((relation) => relation.from === relation.to)).toBe(true);
    expect(new Set(pairs).size).toBeLessThan(pairs.length);
    expect(new Set(big?.relations.map((relation) => relation.kind))).toEqual(new Set(RELATION_KINDS));
  });

  it('include role inheritance, "own" scope, an Arabic-only and a bilingual Blueprint', () => {
    const roles = blueprints.flatMap((blueprint) => blueprint.roles);
    expect(roles.some((role) => role.inherits.length > 0)).toBe(true);
    expect(roles.some((role) => role.permissions.some((permission) => permission.scope === 'own'))).toBe(
      true,
    );
    const locales = blueprints.map((blueprint) => blueprint.locales.join(','));
    expect(locales).toContain('ar');
    expect(locales.some((list) => list.includes('en') && list.includes('ar'))).toBe(true);
  });

  it('include one imported from JHipster JDL', () => {
    expect(blueprints.map((blueprint) => blueprint.description)).toContainEqual(
      expect.stringContaining('(JHipster JDL)'),
    );
  });
});
