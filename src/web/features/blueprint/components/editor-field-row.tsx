import { Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_TYPES, type BlueprintProblem, type FieldType } from '../../../../contracts/index.js';
import { Button } from '../../../components/ui/button.js';
import { Input } from '../../../components/ui/input.js';
import type { DraftField, FieldPatch } from '../lib/editor-draft.js';
import { ProblemMessages } from './problem-messages.js';

interface EditorFieldRowProps {
  row: DraftField;
  /** `/entities/0/fields/2`: the JSON Pointer the server's problems use for this field. */
  pointer: string;
  problemsAt: (pointer: string) => BlueprintProblem[] | undefined;
  onChange: (patch: FieldPatch) => void;
  onRemove: () => void;
  disabled: boolean;
}

const SELECT_CLASS =
  'h-9 w-full rounded-md border border-input bg-card px-2 text-sm shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring aria-invalid:border-destructive';

/** One field of an entity: its name, type and whether it is required, with the server's problems at each. */
export function EditorFieldRow({
  row,
  pointer,
  problemsAt,
  onChange,
  onRemove,
  disabled,
}: EditorFieldRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const nameProblems = problemsAt(`${pointer}/name`);
  const typeProblems = problemsAt(`${pointer}/type`);
  const requiredProblems = problemsAt(`${pointer}/required`);
  const rowProblems = problemsAt(pointer);
  const describedBy = (suffix: string, problems: BlueprintProblem[] | undefined) =>
    problems?.length ? `${id}-${suffix}` : undefined;
  return (
    <li className="grid gap-2 rounded-lg border p-3" data-pointer={pointer}>
      <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1.3fr)_auto_auto] items-end gap-3">
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-name`} className="text-xs font-medium text-muted-foreground">
            {t('blueprint.editor.fieldName')}
          </label>
          <Input
            id={`${id}-name`}
            data-pointer={`${pointer}/name`}
            dir="ltr"
            value={row.field.name}
            disabled={disabled}
            aria-invalid={Boolean(nameProblems?.length)}
            aria-describedby={describedBy('name-problems', nameProblems)}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-type`} className="text-xs font-medium text-muted-foreground">
            {t('blueprint.editor.fieldType')}
          </label>
          <select
            id={`${id}-type`}
            data-pointer={`${pointer}/type`}
            className={SELECT_CLASS}
            value={row.field.type}
            disabled={disabled}
            aria-invalid={Boolean(typeProblems?.length)}
            aria-describedby={describedBy('type-problems', typeProblems)}
            onChange={(event) => onChange({ type: event.target.value as FieldType })}
          >
            {FIELD_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <label className="flex h-9 items-center gap-2 text-sm">
          <input
            type="checkbox"
            data-pointer={`${pointer}/required`}
            className="size-4 accent-primary"
            checked={row.field.required}
            disabled={disabled}
            aria-invalid={Boolean(requiredProblems?.length)}
            aria-describedby={describedBy('required-problems', requiredProblems)}
            onChange={(event) => onChange({ required: event.target.checked })}
          />
          {t('blueprint.editor.required')}
        </label>
        <Button
          variant="ghost"
          size="icon"
          disabled={disabled}
          aria-label={t('blueprint.editor.removeField', { field: row.field.name || '—' })}
          onClick={onRemove}
        >
          <Trash2 />
        </Button>
      </div>
      <ProblemMessages id={`${id}-name-problems`} problems={nameProblems} />
      <ProblemMessages id={`${id}-type-problems`} problems={typeProblems} />
      <ProblemMessages id={`${id}-required-problems`} problems={requiredProblems} />
      <ProblemMessages id={`${id}-row-problems`} problems={rowProblems} />
    </li>
  );
}
