import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../index.js';
import { FileTree } from './file-tree.js';

const files = [
  { path: 'README.md', size: 120 },
  { path: 'package.json', size: 800 },
  { path: 'src/server/app.ts', size: 2000 },
  { path: 'src/server/routes/patients.ts', size: 1500 },
  { path: 'src/server/routes/doctors.ts', size: 1400 },
  { path: 'src/web/pages/patients-page.tsx', size: 900 },
  { path: 'drizzle/0000_init.sql', size: 700 },
];

const fileButtons = () =>
  within(screen.getByRole('navigation', { name: 'Generated files' }))
    .getAllByRole('button')
    .filter((button) => !button.hasAttribute('aria-expanded'))
    .map((button) => button.getAttribute('title'));

describe('FileTree', () => {
  it('filters the files by path, opening the folders that hold matches', async () => {
    const user = userEvent.setup();
    render(<FileTree files={files} selectedPath={undefined} onSelect={() => {}} />);
    // Nested folders start closed.
    expect(fileButtons()).not.toContain('src/server/routes/patients.ts');

    await user.type(screen.getByRole('searchbox', { name: 'Search files' }), 'PATIENTS');

    expect(fileButtons()).toEqual(['src/server/routes/patients.ts', 'src/web/pages/patients-page.tsx']);
    expect(screen.getByText('Matching files: 2 of 7')).toBeTruthy();
  });

  it('says when no path matches, and shows every file again when the search is cleared', async () => {
    const user = userEvent.setup();
    render(<FileTree files={files} selectedPath={undefined} onSelect={() => {}} />);
    const search = screen.getByRole('searchbox', { name: 'Search files' });

    await user.type(search, 'invoices');
    expect(screen.getByText('No file path contains “invoices”.')).toBeTruthy();

    await user.clear(search);
    expect(fileButtons()).toContain('README.md');
    expect(fileButtons()).toContain('drizzle/0000_init.sql');
  });

  it('opens a folder and reports the file picked, marking the open one', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<FileTree files={files} selectedPath="README.md" onSelect={onSelect} />);

    await user.click(screen.getByRole('button', { name: 'Folder src/server' }));
    const routes = screen.getByRole('button', { name: 'Folder src/server/routes' });
    expect(routes.getAttribute('aria-expanded')).toBe('false');
    await user.click(routes);
    expect(routes.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'doctors.ts' }));

    expect(onSelect).toHaveBeenCalledWith('src/server/routes/doctors.ts');
    expect(screen.getByRole('button', { name: 'README.md' }).getAttribute('aria-current')).toBe('true');
  });
});
