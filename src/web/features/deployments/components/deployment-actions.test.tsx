import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../strings-registered.js';
import { deployment, json, PLATFORM_ID, TENANT, withProviders } from '../testing/fixtures.js';
import { DeploymentActions } from './deployment-actions.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DeploymentActions', () => {
  it('asks before stopping, and stops only once confirmed', async () => {
    const live = deployment();
    const fetchMock = vi.fn((_input: string, _init?: RequestInit) =>
      Promise.resolve(json({ ...live, status: 'stopped', healthHistory: [], steps: [], artifactsDir: null })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    render(withProviders(<DeploymentActions tenantId={TENANT.id} deployment={live} />));

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop this deployment?' });
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    const confirm = await screen.findByRole('dialog', { name: 'Stop this deployment?' });
    await user.click(
      [...confirm.querySelectorAll('button')].find((button) => button.textContent === 'Stop')!,
    );
    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        `/api/platforms/${PLATFORM_ID}/deployments/${live.id}/stop`,
        expect.objectContaining({ method: 'POST' }),
      ),
    );
  });

  it('restarts without asking: it brings the platform back, it takes nothing away', async () => {
    const stopped = deployment({ status: 'stopped' });
    const fetchMock = vi.fn((_input: string, _init?: RequestInit) =>
      Promise.resolve(json({ ...stopped, status: 'live', healthHistory: [], steps: [], artifactsDir: null })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    render(withProviders(<DeploymentActions tenantId={TENANT.id} deployment={stopped} />));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Stop' }).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        `/api/platforms/${PLATFORM_ID}/deployments/${stopped.id}/restart`,
        expect.objectContaining({ method: 'POST' }),
      ),
    );
  });
});
