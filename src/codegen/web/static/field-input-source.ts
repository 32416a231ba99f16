/** The generated web app's FieldInput component: an input suited to each field type: the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const fieldInputSource: StaticSource[] = [
  {
    path: 'web/src/components/field-input.tsx',
    body: `/** One input suited to a field's type, with its label, required mark and error message. */
import type { ChangeEvent, ReactNode } from 'react';
import type { FieldConfig } from '../lib/entity-config.js';
import { readFile, type FilePayload, type FormValue } from '../lib/form-values.js';
import { useI18n } from '../lib/i18n.js';

interface FieldInputProps {
  field: FieldConfig;
  value: FormValue;
  error: string | undefined;
  onChange: (value: FormValue) => void;
}

const TEXT_INPUT_TYPES: Partial<Record<FieldConfig['type'], string>> = {
  string: 'text',
  email: 'email',
  phone: 'tel',
  url: 'url',
  date: 'date',
  datetime: 'datetime-local',
};

export function FieldInput({ field, value, error, onChange }: FieldInputProps) {
  const { t, text } = useI18n();
  const id = \`field-\${field.name}\`;
  const errorId = \`\${id}-error\`;
  const common = {
    id,
    name: field.name,
    required: field.required && field.type !== 'boolean',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  };
  const stringValue = typeof value === 'string' ? value : '';
  const onText = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    onChange(event.target.value);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    onChange(file ? await readFile(file) : null);
  };

  let input: ReactNode;
  switch (field.type) {
    case 'boolean':
      input = (
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
      break;
    case 'enum':
      input = (
        <select {...common} value={stringValue} onChange={onText}>
          <option value="">{t('choose')}</option>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {text(option.label)}
            </option>
          ))}
        </select>
      );
      break;
    case 'text':
    case 'json':
      input = (
        <textarea
          {...common}
          rows={field.type === 'json' ? 6 : 4}
          spellCheck={field.type === 'text'}
          className={field.type === 'json' ? 'monospace' : undefined}
          maxLength={field.maxLength}
          value={stringValue}
          onChange={onText}
        />
      );
      break;
    case 'integer':
      input = (
        <input
          {...common}
          type="number"
          inputMode="numeric"
          step={1}
          min={field.min}
          max={field.max}
          value={stringValue}
          onChange={onText}
        />
      );
      break;
    case 'decimal':
    case 'money':
      input = <input {...common} type="text" inputMode="decimal" value={stringValue} onChange={onText} />;
      break;
    case 'file':
      input = <input {...common} type="file" onChange={(event) => void onFile(event)} />;
      break;
    default:
      input = (
        <input
          {...common}
          type={TEXT_INPUT_TYPES[field.type] ?? 'text'}
          dir={field.type === 'email' || field.type === 'url' || field.type === 'phone' ? 'ltr' : undefined}
          maxLength={field.maxLength}
          value={stringValue}
          onChange={onText}
        />
      );
  }

  const chosenFile =
    field.type === 'file' && value && typeof value === 'object' ? (value as FilePayload) : null;
  return (
    <div className={field.type === 'boolean' ? 'field field-checkbox' : 'field'}>
      <label htmlFor={id}>
        {text(field.label)}
        {field.currency ? \` (\${field.currency})\` : ''}
        {field.required && field.type !== 'boolean' ? <span aria-hidden="true"> *</span> : null}
      </label>
      {input}
      {chosenFile ? <p className="hint">{chosenFile.name}</p> : null}
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
