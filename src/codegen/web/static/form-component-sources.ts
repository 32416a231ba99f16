/** The generated web app's form components: EntityForm and RelationPicker: the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const formComponentSources: StaticSource[] = [
  {
    path: 'web/src/components/entity-form.tsx',
    body: `/**
 * Create and edit forms: the same Zod schema the server uses checks the values before they are sent,
 * and errors (from the schema or from the server) are shown at each field.
 */
import { useState, type FormEvent } from 'react';
import type { EntityConfig } from '../lib/entity-config.js';
import { ApiError, apiRequest, type ApiRecord } from '../lib/api.js';
import { buildPayload, initialFormValues, type FormValue, type FormValues } from '../lib/form-values.js';
import { useI18n } from '../lib/i18n.js';
import { FieldInput } from './field-input.js';
import { RelationPicker } from './relation-picker.js';

interface EntityFormProps {
  config: EntityConfig;
  /** The record being edited; absent when creating. */
  record?: ApiRecord;
  onSaved: (record: ApiRecord) => void;
  onCancel: () => void;
}

/** \`/fullName\`, \`body.fullName\` and \`fullName\` all name the field \`fullName\`. */
function fieldNameOf(path: string | readonly PropertyKey[]): string {
  const segments = typeof path === 'string' ? path.split(/[./]/).filter(Boolean) : path.map(String);
  const named = segments.filter((segment) => segment !== 'body' && !/^\\d+$/.test(segment));
  return named[0] ?? '';
}

export function EntityForm({ config, record, onSaved, onCancel }: EntityFormProps) {
  const { t } = useI18n();
  const [initial] = useState(() => initialFormValues(config.fields, config.references, record));
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const setValue = (name: string) => (value: FormValue) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: '' }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    const { body, invalid } = buildPayload(config.fields, config.references, values, record ? initial : null);
    const found: Record<string, string> = {};
    for (const name of missingRequired(config, values, record !== undefined)) found[name] = t('required');
    for (const name of invalid) found[name] ??= t('invalidJson');
    const schema = record ? config.updateSchema : config.createSchema;
    const checked = schema.safeParse(body);
    if (!checked.success) {
      for (const issue of checked.error.issues) found[fieldNameOf(issue.path)] ??= issue.message;
    }
    if (Object.keys(found).length > 0) {
      setErrors(found);
      focusFirstError(found);
      return;
    }
    setSaving(true);
    try {
      const saved = await apiRequest<ApiRecord>(record ? \`/\${config.path}/\${record.id}\` : \`/\${config.path}\`, {
        method: record ? 'PATCH' : 'POST',
        body,
      });
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.fieldProblems.length > 0) {
        const fromServer: Record<string, string> = {};
        for (const problem of error.fieldProblems) fromServer[fieldNameOf(problem.path)] ??= problem.message;
        setErrors(fromServer);
        focusFirstError(fromServer);
      }
      setFormError(error instanceof Error ? error.message : t('somethingWentWrong'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="entity-form" noValidate onSubmit={(event) => void submit(event)}>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {config.fields.map((field) => (
        <FieldInput
          key={field.name}
          field={field}
          value={values[field.name] ?? null}
          error={errors[field.name] || undefined}
          onChange={setValue(field.name)}
        />
      ))}
      {config.references.map((reference) => (
        <RelationPicker
          key={reference.name}
          reference={reference}
          value={values[reference.name] ?? null}
          error={errors[reference.name] || undefined}
          onChange={setValue(reference.name)}
        />
      ))}
      <div className="actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

const isEmpty = (value: FormValue | undefined): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Says "required" plainly, before the schema's more technical message about a missing value. */
function missingRequired(config: EntityConfig, values: FormValues, editing: boolean): string[] {
  const fields = config.fields.filter(
    (field) =>
      field.required &&
      field.type !== 'boolean' &&
      // An unchanged file input on an edit keeps the stored file.
      !(editing && field.type === 'file') &&
      isEmpty(values[field.name]),
  );
  const references = config.references.filter(
    (reference) => reference.required && isEmpty(values[reference.name]),
  );
  return [...fields, ...references].map((item) => item.name);
}

function focusFirstError(errors: Record<string, string>): void {
  const first = Object.keys(errors).find((name) => errors[name]);
  if (first) document.getElementById(\`field-\${first}\`)?.focus();
}
`,
  },
  {
    path: 'web/src/components/relation-picker.tsx',
    body: `/** Picks related records: a search box feeding a list from the related entity's endpoint (\`?q=\`). */
import { useEffect, useState } from 'react';
import { entitySummaries } from '../app-config.js';
import type { ReferenceConfig } from '../lib/entity-config.js';
import { apiRequest, listPath, type ApiRecord, type ListPage } from '../lib/api.js';
import { displayOf } from '../lib/display.js';
import type { FormValue } from '../lib/form-values.js';
import { useI18n } from '../lib/i18n.js';
import { useApi } from '../lib/use-api.js';

interface RelationPickerProps {
  reference: ReferenceConfig;
  value: FormValue;
  error: string | undefined;
  onChange: (value: FormValue) => void;
}

const SEARCH_DELAY_MS = 250;

export function RelationPicker({ reference, value, error, onChange }: RelationPickerProps) {
  const { t, text, locale } = useI18n();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ApiRecord[]>([]);
  const selected = Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];

  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);

  const results = useApi<ListPage<ApiRecord>>(
    listPath(\`/\${reference.target}\`, { page: 1, pageSize: 20, q: query || undefined }),
  );

  const selectedKey = selected.join(',');
  useEffect(() => {
    // Records chosen earlier may not be in the current search results; load them so they keep their names.
    const ids = selectedKey === '' ? [] : selectedKey.split(',');
    const controller = new AbortController();
    Promise.all(
      ids.map((id) => apiRequest<ApiRecord>(\`/\${reference.target}/\${id}\`, { signal: controller.signal })),
    )
      .then(setChosen)
      .catch(() => undefined);
    return () => controller.abort();
  }, [reference.target, selectedKey]);

  const options = [...chosen, ...(results.data?.items ?? []).filter((item) => !selected.includes(item.id))];
  const id = \`field-\${reference.name}\`;
  const errorId = \`\${id}-error\`;
  const label = text(reference.label);
  const entityLabel = text(entitySummaries[reference.target]?.pluralLabel ?? reference.label);

  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {reference.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        type="search"
        className="picker-search"
        aria-label={t('searchIn', { name: entityLabel })}
        placeholder={t('search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select
        id={id}
        name={reference.name}
        multiple={reference.multiple}
        required={reference.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        aria-busy={results.loading}
        value={reference.multiple ? selected : (selected[0] ?? '')}
        onChange={(event) => {
          const ids = Array.from(event.target.selectedOptions, (option) => option.value);
          onChange(reference.multiple ? ids : (ids[0] ?? ''));
        }}
      >
        {reference.multiple ? null : <option value="">{t('choose')}</option>}
        {options.map((record) => (
          <option key={record.id} value={record.id}>
            {displayOf(reference.target, record, locale)}
          </option>
        ))}
      </select>
      {results.error ? <p className="hint">{results.error.message}</p> : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
`,
  },
];
