import { describe, expect, it } from 'vitest';
import type { RenameHints } from '../../../contracts/index.js';
import { renamesBetween } from './renames-between.js';

const none: RenameHints = { entities: [], fields: [] };
const history = [
  { version: 1, renames: none },
  { version: 2, renames: { entities: [{ from: 'Patient', to: 'Client' }], fields: [] } },
  {
    version: 3,
    renames: {
      entities: [{ from: 'Client', to: 'Customer' }],
      fields: [{ entity: 'Customer', from: 'phone', to: 'mobile' }],
    },
  },
  { version: 4, renames: { entities: [], fields: [{ entity: 'Customer', from: 'mobile', to: 'cell' }] } },
];

describe('renamesBetween', () => {
  it('uses the hints recorded with the newer of two adjacent versions', () => {
    expect(renamesBetween(history, 1, 2)).toEqual({
      entities: [{ from: 'Patient', to: 'Client' }],
      fields: [],
    });
  });

  it('chains renames across several versions into one', () => {
    expect(renamesBetween(history, 1, 4)).toEqual({
      entities: [{ from: 'Patient', to: 'Customer' }],
      fields: [{ entity: 'Customer', from: 'phone', to: 'cell' }],
    });
  });

  it('ignores the hints of the older version itself and of versions outside the range', () => {
    expect(renamesBetween(history, 2, 3).entities).toEqual([{ from: 'Client', to: 'Customer' }]);
  });

  it('turns renames around when diffing backwards, naming entities as the older version does', () => {
    expect(renamesBetween(history, 4, 2)).toEqual({
      entities: [{ from: 'Customer', to: 'Client' }],
      fields: [{ entity: 'Client', from: 'cell', to: 'phone' }],
    });
  });

  it('drops a rename that ends where it started', () => {
    const roundTrip = [
      { version: 2, renames: { entities: [{ from: 'A', to: 'B' }], fields: [] } },
      { version: 3, renames: { entities: [{ from: 'B', to: 'A' }], fields: [] } },
    ];
    expect(renamesBetween(roundTrip, 1, 3)).toEqual(none);
    expect(renamesBetween(history, 3, 3)).toEqual(none);
  });
});
