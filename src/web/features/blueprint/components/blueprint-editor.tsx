import { Plus, Save } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlueprintVersionDetail } from '../../../../contracts/index.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import { Input } from '../../../components/ui/input.js';
import { useSaveEdit } from '../api/save-edit.js';
import {
  draftOf,
  editOf,
  newDraftField,
  patchField,
  type BlueprintDraft,
  type FieldPatch,
} from '../lib/editor-draft.js';
import { closestControl, placeProblems, problemsOf } from '../lib/problem-placement.js';
import { ProblemMessages } from './problem-messages.js';
import { EditorFieldRow } from './editor-field-row.js';

interface BlueprintEditorProps {
  tenantId: string;
  platformId: string;
  detail: BlueprintVersionDetail;
  onSaved: (version: number) => void;
}

/** The controls this form has, as the JSON Pointers the server's problems name. */
function controlsOf(draft: BlueprintDraft): Set<string> {
  const controls = new Set(['/name']);
  draft.entities.forEach((entity, e) => {
    controls.add(`/entities/${e}`).add(`/entities/${e}/fields`);
    entity.fields.forEach((_, f) => {
      const field = `/entities/${e}/fields/${f}`;
      controls.add(field).add(`${field}/name`).add(`${field}/type`).add(`${field}/required`);
    });
  });
  return controls;
}

/**
 * Edits the platform name and the entities' fields, and saves the result as a new version. The server
 * checks it with the same rules as any API write; a 422 puts each problem at the control it points to.
 */
export function BlueprintEditor({ tenantId, platformId, detail, onSaved }: BlueprintEditorProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const [draft, setDraft] = useState(() => draftOf(detail.blueprint));
  const save = useSaveEdit(tenantId, platformId);
  const problems = problemsOf(save.error);
  const controls = controlsOf(draft);
  const placed = placeProblems(problems, controls);
  const formRef = useRef<HTMLFormElement>(null);
  // A long form hides most of its problems below the fold: the summary's entries move focus to each one.
  const focusControl = (pointer: string) => {
    const target = formRef.current?.querySelector(`[data-pointer="${pointer}"]`);
    const control = target?.matches('input, select') ? target : target?.querySelector('input, select');
    if (control instanceof HTMLElement) {
      control.scrollIntoView({ block: 'center' });
      control.focus();
    }
  };
  const problemsAt = (pointer: string) => placed.byPointer.get(pointer);

  const updateFields = (
    entityIndex: number,
    update: (
      fields: BlueprintDraft['entities'][number]['fields'],
    ) => BlueprintDraft['entities'][number]['fields'],
  ) =>
    setDraft((current) => ({
      ...current,
      entities: current.entities.map((entity, index) =>
        index === entityIndex ? { ...entity, fields: update(entity.fields) } : entity,
      ),
    }));
  const changeField = (entityIndex: number, key: string, patch: FieldPatch) =>
    updateFields(entityIndex, (fields) =>
      fields.map((row) => (row.key === key ? { ...row, field: patchField(row.field, patch) } : row)),
    );
  // Adding or removing a row shifts the indexes the shown problems point at: they no longer apply.
  const reshape = (entityIndex: number, update: Parameters<typeof updateFields>[1]) => {
    save.reset();
    updateFields(entityIndex, update);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { blueprint, renames } = editOf(draft, detail.blueprint);
    // Not mutate's own onSuccess: that one is dropped when the new version re-keys this form first.
    save.mutateAsync({ blueprint, basedOn: detail.version, renames }).then(
      (saved) => onSaved(saved.version),
      () => undefined, // the form shows the problems from save.error
    );
  };

  const nameProblems = problemsAt('/name');
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-4">
      <Card>
        <CardHeader>
          <CardTitle>{t('blueprint.editor.title', { version: detail.version })}</CardTitle>
          <CardDescription>{t('blueprint.editor.description')}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {problems.length > 0 ? (
            <div className="grid gap-2">
              <ProblemAlert
                error={save.error}
                message={t('blueprint.editor.problemsTitle', { count: problems.length })}
              />
              <ul className="grid gap-1 text-sm">
                {problems.map((problem) => {
                  const target = closestControl(problem.pointer, controls);
                  return target === undefined ? null : (
                    <li key={`${problem.pointer}:${problem.code}:${problem.message}`}>
                      <button
                        type="button"
                        className="text-start text-destructive underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                        onClick={() => focusControl(target)}
                      >
                        <bdi>{`${problem.path || '/'}: ${problem.message}`}</bdi>
                      </button>
                    </li>
                  );
                })}
              </ul>
              {placed.elsewhere.length > 0 ? (
                <div className="grid gap-1">
                  <p className="text-sm font-medium">{t('blueprint.editor.otherProblems')}</p>
                  <ProblemMessages id={`${nameId}-elsewhere`} problems={placed.elsewhere} />
                </div>
              ) : null}
            </div>
          ) : save.isError ? (
            <ProblemAlert error={save.error} />
          ) : null}
          <div className="grid max-w-md gap-1.5">
            <label htmlFor={nameId} className="text-sm font-medium">
              {t('blueprint.editor.platformName')}
            </label>
            <Input
              id={nameId}
              data-pointer="/name"
              value={draft.name}
              disabled={save.isPending}
              aria-invalid={Boolean(nameProblems?.length)}
              aria-describedby={nameProblems?.length ? `${nameId}-problems` : undefined}
              onChange={(event) => setDraft((current) => ({ ...current, name: event.target.value }))}
            />
            <ProblemMessages id={`${nameId}-problems`} problems={nameProblems} />
          </div>
        </CardContent>
      </Card>
      {draft.entities.map((entity, entityIndex) => (
        <Card key={entity.name} data-pointer={`/entities/${entityIndex}`}>
          <CardHeader className="pb-2">
            <CardTitle>
              <span className="text-muted-foreground">{t('blueprint.editor.entity')} </span>
              <code>{entity.name}</code>
            </CardTitle>
            <ProblemMessages
              id={`${nameId}-entity-${entityIndex}`}
              problems={[
                ...(problemsAt(`/entities/${entityIndex}`) ?? []),
                ...(problemsAt(`/entities/${entityIndex}/fields`) ?? []),
              ]}
            />
          </CardHeader>
          <CardContent className="grid gap-3">
            <ul className="grid gap-2" data-pointer={`/entities/${entityIndex}/fields`}>
              {entity.fields.map((row, fieldIndex) => (
                <EditorFieldRow
                  key={row.key}
                  row={row}
                  pointer={`/entities/${entityIndex}/fields/${fieldIndex}`}
                  problemsAt={problemsAt}
                  disabled={save.isPending}
                  onChange={(patch) => changeField(entityIndex, row.key, patch)}
                  onRemove={() =>
                    reshape(entityIndex, (fields) => fields.filter((each) => each.key !== row.key))
                  }
                />
              ))}
            </ul>
            <Button
              variant="outline"
              size="sm"
              className="w-fit"
              disabled={save.isPending}
              onClick={() => reshape(entityIndex, (fields) => [...fields, newDraftField()])}
            >
              <Plus />
              {t('blueprint.editor.addField')}
            </Button>
          </CardContent>
        </Card>
      ))}
      <div className="sticky bottom-0 z-10 flex gap-3 border-t bg-background py-3">
        <Button type="submit" disabled={save.isPending}>
          <Save />
          {save.isPending ? t('blueprint.editor.saving') : t('blueprint.editor.save')}
        </Button>
        <Button
          variant="ghost"
          disabled={save.isPending}
          onClick={() => {
            save.reset();
            setDraft(draftOf(detail.blueprint));
          }}
        >
          {t('blueprint.editor.reset')}
        </Button>
      </div>
    </form>
  );
}
