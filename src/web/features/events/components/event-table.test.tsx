import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addFeatureStrings } from '../../../i18n/feature-strings.js';
import { eventsStrings } from '../strings.js';
import { storedEvent } from '../testing.js';
import { EventTable } from './event-table.js';

addFeatureStrings('events', eventsStrings);

const created = storedEvent('platform-p1', 'PlatformCreated', { name: 'Clinic' });
const requested = storedEvent('deployments-p1', 'DeploymentRequested', { version: 1 });

const bodyRows = () => screen.getAllByRole('row').slice(1);

describe('EventTable', () => {
  it("unfolds an event's data in a full-width row right below the event, not inside its last cell", () => {
    render(<EventTable events={[created, requested]} />);
    expect(bodyRows()).toHaveLength(2);
    const show = screen.getByRole('button', {
      name: `Show data of PlatformCreated at ${created.globalPosition}`,
    });
    fireEvent.click(show);

    const rows = bodyRows();
    expect(rows).toHaveLength(3);
    const dataCell = within(rows[1]!).getByRole('cell');
    expect(dataCell.getAttribute('colspan')).toBe('6');
    expect(JSON.parse(within(dataCell).getByText(/"name"/).textContent ?? '')).toEqual({ name: 'Clinic' });
    expect(show.getAttribute('aria-controls')).toBe(dataCell.firstElementChild?.id);
    // The other event stays folded, after the unfolded data.
    expect(within(rows[2]!).getAllByRole('cell')[3]?.textContent).toBe('DeploymentRequested');
  });

  it('folds the data away again', () => {
    render(<EventTable events={[created]} />);
    fireEvent.click(screen.getByRole('button', { name: /^Show data of PlatformCreated/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Hide data of PlatformCreated/ }));
    expect(bodyRows()).toHaveLength(1);
    expect(screen.queryByText(/"name"/)).toBeNull();
  });
});
