import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../contracts/index.js';
import { validateBlueprint } from '../../blueprint/index.js';
import { CORPUS, type CorpusCase } from './corpus/index.js';
import { analyzeOffline } from './index.js';

/**
 * Floors, chosen below what a careful analyzer reaches on hand-written descriptions and above what a
 * keyword-free one would: entity recall 0.90 (the brief's bar), relation recall 0.75, data classes
 * 0.85, compliance (exact set per description) 0.80, domain 0.85.
 */
const FLOORS = {
  entityRecall: 0.9,
  relationRecall: 0.75,
  dataClassAccuracy: 0.85,
  complianceAccuracy: 0.8,
  domainAccuracy: 0.85,
};

/** `A|B` in an expectation accepts either name. */
const alternatives = (expected: string): string[] => expected.split('|');

const related = (blueprint: Blueprint, a: string, b: string): boolean =>
  alternatives(a).some((from) =>
    alternatives(b).some((to) =>
      blueprint.relations.some((r) => (r.from === from && r.to === to) || (r.from === to && r.to === from)),
    ),
  );

describe('offline analyzer on the corpus', () => {
  it('has enough varied descriptions', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(CORPUS.filter((c) => c.language === 'ar').length).toBeGreaterThanOrEqual(12);
    expect(new Set(CORPUS.map((c) => c.domain)).size).toBe(7);
  });

  it('meets the recall and accuracy floors, and every result is a valid Blueprint', () => {
    const { metrics, misses } = measure(CORPUS);
    // The held-out descriptions alone: written by a second author and never tuned against.
    const heldOut = measure(CORPUS.filter((sample) => sample.id.startsWith('held-out-')));
    console.log(JSON.stringify(metrics));
    console.log(`held-out: ${JSON.stringify(heldOut.metrics)}`);
    if (misses.length > 0) console.log(misses.join('\n'));
    for (const [metric, floor] of Object.entries(FLOORS)) {
      expect(metrics[metric as keyof typeof FLOORS], metric).toBeGreaterThanOrEqual(floor);
    }
  });
});

/** Recall and accuracy over some corpus cases, with every miss spelled out. */
function measure(cases: readonly CorpusCase[]): { metrics: Record<string, number>; misses: string[] } {
  const totals = {
    entities: 0,
    entitiesFound: 0,
    relations: 0,
    relationsFound: 0,
    classes: 0,
    classesRight: 0,
    compliance: 0,
    domains: 0,
  };
  const misses: string[] = [];
  for (const sample of cases) {
    const result = analyzeOffline({ message: sample.description, current: null, history: [] });
    const blueprint = result.blueprint;
    expect(validateBlueprint(blueprint).ok, sample.id).toBe(true);
    const names = new Set(blueprint.entities.map((e) => e.name));
    for (const entity of sample.entities) {
      totals.entities++;
      if (alternatives(entity).some((name) => names.has(name))) totals.entitiesFound++;
      else misses.push(`${sample.id}: entity ${entity}`);
    }
    for (const relation of sample.relations) {
      const [a = '', b = ''] = relation.split('->');
      totals.relations++;
      if (related(blueprint, a, b)) totals.relationsFound++;
      else misses.push(`${sample.id}: relation ${relation}`);
    }
    for (const [path, expected] of Object.entries(sample.dataClasses)) {
      const [entity, field] = path.split('.');
      const actual = blueprint.entities
        .find((e) => e.name === entity)
        ?.fields.find((f) => f.name === field)?.dataClass;
      totals.classes++;
      if (actual === expected) totals.classesRight++;
      else misses.push(`${sample.id}: ${path} is ${actual ?? 'missing'}, expected ${expected}`);
    }
    const compliance = [...blueprint.compliance].sort().join(',');
    if (compliance === [...sample.compliance].sort().join(',')) totals.compliance++;
    else
      misses.push(
        `${sample.id}: compliance ${compliance}, expected ${[...sample.compliance].sort().join(',')}`,
      );
    if (blueprint.domain === sample.domain) totals.domains++;
    else misses.push(`${sample.id}: domain ${blueprint.domain}, expected ${sample.domain}`);
  }
  // A set without relations or data classes has nothing to miss there.
  const ratio = (found: number, total: number): number => (total === 0 ? 1 : found / total);
  const metrics = {
    cases: cases.length,
    entityRecall: ratio(totals.entitiesFound, totals.entities),
    relationRecall: ratio(totals.relationsFound, totals.relations),
    dataClassAccuracy: ratio(totals.classesRight, totals.classes),
    complianceAccuracy: ratio(totals.compliance, cases.length),
    domainAccuracy: ratio(totals.domains, cases.length),
  };
  return { metrics, misses };
}
