import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from './api-error.js';
import { zodFieldErrors, type FieldErrors } from './form-errors.js';

/**
 * Validates a form's values with the same contract the server uses, before sending; then maps the
 * server's field errors (`body.email`) onto the same inputs, so both kinds of mistakes look alike.
 */
export function useValidatedForm<S extends z.ZodType>(
  schema: S,
  onValid: (values: z.output<S>, form: HTMLFormElement) => void,
) {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = event.currentTarget;
    // Blank optional fields are left out rather than sent as '' (which a contract would refuse).
    const values = Object.fromEntries(
      [...new FormData(form)].filter(([, value]) => typeof value !== 'string' || value.trim() !== ''),
    );
    const result = schema.safeParse(values);
    if (!result.success) {
      setFieldErrors(zodFieldErrors(result.error, t));
      focusFirstInvalid(form);
      return;
    }
    setFieldErrors({});
    onValid(result.data, form);
  };

  /** Puts the server's field errors under their inputs; returns true when it did. */
  const showServerErrors = (error: unknown): boolean => {
    if (!isApiError(error) || Object.keys(error.fieldErrors).length === 0) return false;
    setFieldErrors(error.fieldErrors);
    return true;
  };

  return { fieldErrors, handleSubmit, showServerErrors, resetErrors: () => setFieldErrors({}) };
}

// After React renders the messages, so aria-invalid is already set.
function focusFirstInvalid(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
