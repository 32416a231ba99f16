import { describe, expect, it } from 'vitest';
import type { BlueprintDiff } from '../../../../contracts/index.js';
import { summarizeDiff } from './summarize-diff.js';

const EMPTY: BlueprintDiff = {
  entities: { added: [], removed: [], renamed: [], changed: [] },
  relations: { added: [], removed: [], changed: [] },
  roles: { added: [], removed: [], changed: [] },
  settings: [],
  empty: true,
};

describe('summarizeDiff', () => {
  it('has no line for an empty diff', () => {
    expect(summarizeDiff(EMPTY)).toEqual([]);
  });

  it('names added entities, field changes inside changed ones, renames and settings once each', () => {
    const diff = {
      ...EMPTY,
      entities: {
        added: [{ name: 'Prescription' }],
        removed: [],
        renamed: [{ from: 'Doctor', to: 'Physician', detectedBy: 'hint' }],
        changed: [
          {
            name: 'Patient',
            changes: [],
            fields: {
              added: [{ name: 'allergies' }],
              removed: [{ name: 'fax' }],
              renamed: [],
              changed: [{ name: 'email', changes: [] }],
            },
          },
        ],
      },
      settings: [
        { path: 'locales.1', before: null, after: 'ar' },
        { path: 'locales.2', before: null, after: 'fr' },
      ],
      empty: false,
    } as unknown as BlueprintDiff;
    expect(summarizeDiff(diff)).toEqual([
      { label: 'entitiesAdded', items: ['Prescription'] },
      { label: 'entitiesRenamed', items: ['Doctor → Physician'] },
      { label: 'entitiesChanged', items: ['Patient (+allergies, −fax, ~email)'] },
      { label: 'settings', items: ['locales'] },
    ]);
  });
});
