import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clinicBlueprint } from '../../../../blueprint/examples/clinic.js';
import {
  Blueprint,
  type BlueprintProblem,
  type BlueprintVersionDetail,
} from '../../../../contracts/index.js';
import '../index.js';
import { BlueprintEditor } from './blueprint-editor.js';

const PLATFORM_ID = '0b8f6a4e-8f0c-4c55-9d1e-2f7a9a3c1d10';
const TENANT_ID = '5d7c1c9e-1e9b-4c0e-8c8f-3f1d2a6b9e21';

const detail: BlueprintVersionDetail = {
  platformId: PLATFORM_ID,
  version: 3,
  basedOn: 2,
  source: 'chat',
  author: { id: null, label: 'assistant' },
  createdAt: '2026-11-27T08:00:00.000Z',
  approved: false,
  blueprint: Blueprint.parse(clinicBlueprint),
  renames: { entities: [], fields: [] },
};

const problems: BlueprintProblem[] = [
  {
    code: 'too_small',
    path: 'name',
    pointer: '/name',
    message: '`name` must not be empty',
    suggestion: 'write the text, e.g. "name": "City Clinic"',
  },
  {
    code: 'invalid_format',
    path: 'entities[0].fields[1].name',
    pointer: '/entities/0/fields/1/name',
    message: 'text ("Bad Name") is not valid for `name`: it must be camelCase',
    suggestion: 'write `badName`',
  },
  {
    code: 'locale_missing',
    path: 'defaultLocale',
    pointer: '/defaultLocale',
    message: 'the default locale is not one of the locales',
    suggestion: 'add ar to locales',
  },
];

/** The 422 exactly as the server's problem middleware writes it for a refused Blueprint. */
function refusal(): Response {
  return problemResponse({
    type: 'https://webnova.dev/problems/unprocessable',
    title: 'Unprocessable',
    status: 422,
    detail: 'The Blueprint has 3 problems',
    code: 'unprocessable',
    requestId: 'req-1',
    hint: 'Fix each problem listed in `details.problems`',
    errors: problems.map((problem) => ({
      path: `body.blueprint.${problem.path}`,
      message: `${problem.message}; ${problem.suggestion}`,
    })),
    details: { problems },
  });
}

function problemResponse(body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), {
    status: 422,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

function renderEditor() {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const onSaved = vi.fn();
  render(
    <QueryClientProvider client={queryClient}>
      <BlueprintEditor tenantId={TENANT_ID} platformId={PLATFORM_ID} detail={detail} onSaved={onSaved} />
    </QueryClientProvider>,
  );
  return { onSaved };
}

/** The text of the elements an input names in aria-describedby: what a screen reader reads with it. */
function descriptionOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('BlueprintEditor', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    // jsdom lays nothing out, so it has no scrolling.
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows each problem of a refused save at the field it points to, with its suggestion', async () => {
    fetchMock.mockResolvedValue(refusal());
    const { onSaved } = renderEditor();
    const user = userEvent.setup();

    const fieldNames = screen.getAllByLabelText('Field name');
    fireEvent.change(fieldNames[1]!, { target: { value: 'Bad Name' } });
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));

    const platformName = screen.getByLabelText('Platform name');
    expect(await screen.findByText('`name` must not be empty')).toBeTruthy();
    expect(platformName.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(platformName)).toContain('`name` must not be empty');
    expect(descriptionOf(platformName)).toContain('Suggestion: write the text, e.g. "name": "City Clinic"');

    // The second field of the first entity, and only it, carries the naming problem.
    const badField = screen.getAllByLabelText('Field name')[1]!;
    expect(badField.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(badField)).toContain('is not valid for `name`');
    expect(descriptionOf(badField)).toContain('Suggestion: write `badName`');
    const row = badField.closest('li')!;
    expect(row.textContent).toContain('Suggestion: write `badName`');
    expect(screen.getAllByLabelText('Field name')[0]!.getAttribute('aria-invalid')).toBe('false');

    // A problem with no control in this form is listed above it, not lost.
    expect(screen.getByText('Problems elsewhere in the Blueprint')).toBeTruthy();
    expect(screen.getByText('the default locale is not one of the locales')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Problems found in the Blueprint: 3.');
    expect(onSaved).not.toHaveBeenCalled();

    // The summary at the top leads to each problem's control.
    await user.click(screen.getByRole('button', { name: /^entities\[0\]\.fields\[1\]\.name: / }));
    expect(document.activeElement).toBe(badField);
  }, 30_000);

  it('places each entry of a 422 with only an `errors` list, several at one path included', async () => {
    fetchMock.mockResolvedValue(
      problemResponse({
        type: 'urn:webnova:problem:unprocessable',
        title: 'Unprocessable',
        status: 422,
        detail: 'The Blueprint has 4 problems',
        code: 'unprocessable',
        requestId: 'req-2',
        errors: [
          { path: 'body.blueprint.name', message: '`name` must not be empty; write the text' },
          { path: 'body.blueprint.name', message: '`name` must name the organization' },
          { path: 'body.blueprint.entities[0].fields[1].name', message: 'it must be camelCase' },
          { path: 'body.blueprint.defaultLocale', message: 'the default locale is not one of the locales' },
        ],
      }),
    );
    renderEditor();
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Save as new version' }));

    // Messages arrive whole (nothing is split at "; "), and two problems of one path both stay.
    const platformName = screen.getByLabelText('Platform name');
    expect(await screen.findByText('`name` must not be empty; write the text')).toBeTruthy();
    expect(platformName.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(platformName)).toContain('`name` must not be empty; write the text');
    expect(descriptionOf(platformName)).toContain('`name` must name the organization');
    expect(descriptionOf(platformName)).not.toContain('Suggestion:');

    const fieldNames = screen.getAllByLabelText('Field name');
    expect(fieldNames[1]!.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(fieldNames[1]!)).toContain('it must be camelCase');
    expect(fieldNames[0]!.getAttribute('aria-invalid')).toBe('false');

    expect(screen.getByText('Problems elsewhere in the Blueprint')).toBeTruthy();
    expect(screen.getByText('the default locale is not one of the locales')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Problems found in the Blueprint: 4.');
  }, 30_000);

  it('posts the whole Blueprint based on the edited version, with the rename it made', async () => {
    fetchMock.mockResolvedValue(refusal());
    renderEditor();
    const user = userEvent.setup();

    const fieldNames = screen.getAllByLabelText('Field name');
    fireEvent.change(fieldNames[1]!, { target: { value: 'nationalNumber' } });
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));

    await screen.findByText('`name` must not be empty');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/platforms/${PLATFORM_ID}/versions`);
    expect(init?.method).toBe('POST');
    const sent = JSON.parse(init?.body as string) as {
      basedOn: number;
      blueprint: Blueprint;
      renames: { fields: unknown[] };
    };
    expect(sent.basedOn).toBe(3);
    expect(sent.blueprint.entities[0]!.fields[1]!.name).toBe('nationalNumber');
    expect(sent.renames.fields).toEqual([{ entity: 'Patient', from: 'nationalId', to: 'nationalNumber' }]);
  }, 30_000);

  it('adds and removes fields, and reports the saved version', async () => {
    const saved = { ...detail, version: 4, basedOn: 3, source: 'edit' as const };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(saved), { status: 201 }));
    const { onSaved } = renderEditor();
    const user = userEvent.setup();
    const patientFields = detail.blueprint.entities[0]!.fields.length;

    await user.click(screen.getAllByRole('button', { name: 'Add field' })[0]!);
    const fieldNames = screen.getAllByLabelText('Field name');
    fireEvent.change(fieldNames[patientFields]!, { target: { value: 'bloodType' } });
    await user.click(screen.getByRole('button', { name: 'Remove field phone' }));
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(4));
    const sent = JSON.parse(fetchMock.mock.calls[0]![1]?.body as string) as { blueprint: Blueprint };
    const names = sent.blueprint.entities[0]!.fields.map((field) => field.name);
    expect(names).toContain('bloodType');
    expect(names).not.toContain('phone');
    expect(sent.blueprint.entities[0]!.fields.find((field) => field.name === 'bloodType')!.label).toEqual({
      en: 'Blood type',
    });
  }, 30_000);
});
