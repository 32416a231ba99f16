import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field, type BlueprintDiff } from '../../../../contracts/index.js';
import '../index.js';
import { DiffTable } from './diff-table.js';

const field = (name: string, type: 'string' | 'date', required = false) =>
  Field.parse({ name, label: { en: name }, type, required });

const emptyFields = { added: [], removed: [], renamed: [], changed: [] };

const diff: BlueprintDiff = {
  entities: {
    added: [
      {
        name: 'Prescription',
        label: { en: 'Prescription' },
        pluralLabel: { en: 'Prescriptions' },
        fields: [field('medication', 'string', true)],
      },
    ],
    removed: [],
    renamed: [{ from: 'Physician', to: 'Doctor', detectedBy: 'hint' }],
    changed: [
      {
        name: 'Patient',
        changes: [],
        fields: {
          ...emptyFields,
          added: [field('bloodType', 'string')],
          removed: [field('fax', 'string')],
          renamed: [{ from: 'nationalId', to: 'nationalNumber', detectedBy: 'inferred', changes: [] }],
          changed: [{ name: 'birthDate', changes: [{ path: 'required', before: false, after: true }] }],
        },
      },
    ],
  },
  relations: { added: [], removed: [], changed: [] },
  roles: { added: [], removed: [], changed: [] },
  settings: [{ path: 'name', before: 'City Clinic', after: 'Riyadh Clinic' }],
  empty: false,
};

/** The rows of the table body, as the cells' text. */
function rowFor(item: string): HTMLElement {
  const cell = screen.getByText(item, { selector: 'code' });
  return cell.closest('tr')!;
}

describe('DiffTable', () => {
  it('renders added, removed, renamed and changed rows, each with a symbol and a word, not colour alone', () => {
    render(<DiffTable diff={diff} from={1} to={2} />);

    const added = rowFor('Prescription');
    expect(added.getAttribute('data-change')).toBe('added');
    expect(within(added).getByText('Added')).toBeTruthy();
    expect(within(added).getByText('+')).toBeTruthy();
    expect(within(added).getByText('medication')).toBeTruthy();

    const removed = rowFor('Patient.fax');
    expect(within(removed).getByText('Removed')).toBeTruthy();
    expect(within(removed).getByText('−')).toBeTruthy();
    expect(within(removed).getByText('fax: string')).toBeTruthy();

    const renamedEntity = rowFor('Doctor');
    expect(within(renamedEntity).getByText('Renamed')).toBeTruthy();
    expect(within(renamedEntity).getByText('→')).toBeTruthy();
    const [, , before, after] = within(renamedEntity).getAllByRole('cell');
    expect(before!.textContent).toBe('Physician');
    expect(after!.textContent).toBe('Doctor');

    const renamedField = rowFor('Patient.nationalNumber');
    expect(within(renamedField).getByText('Renamed')).toBeTruthy();
    expect(within(renamedField).getByText('nationalId')).toBeTruthy();

    const changed = rowFor('Patient.birthDate · required');
    expect(within(changed).getByText('Changed')).toBeTruthy();
    expect(within(changed).getByText('false')).toBeTruthy();
    expect(within(changed).getByText('true')).toBeTruthy();

    expect(within(rowFor('Patient.bloodType')).getByText('Added')).toBeTruthy();
    expect(within(rowFor('name')).getByText('Riyadh Clinic')).toBeTruthy();
  });

  it('labels the two sides with their versions and sums up the changes', () => {
    render(<DiffTable diff={diff} from={1} to={2} />);
    expect(screen.getByRole('columnheader', { name: 'Before (v1)' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'After (v2)' })).toBeTruthy();
    expect(screen.getByText('2 added, 1 removed, 2 renamed, 2 changed')).toBeTruthy();
  });

  it('says so when the two versions are equivalent', () => {
    const same: BlueprintDiff = {
      entities: { added: [], removed: [], renamed: [], changed: [] },
      relations: { added: [], removed: [], changed: [] },
      roles: { added: [], removed: [], changed: [] },
      settings: [],
      empty: true,
    };
    render(<DiffTable diff={same} from={2} to={3} />);
    expect(screen.getByText('These two versions are equivalent.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
