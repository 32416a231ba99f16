import { useTranslation } from 'react-i18next';
import { isApiError } from './api-error.js';

export interface DescribedProblem {
  /** A translated sentence for the kind of problem. */
  message: string;
  /** The server's specific explanation and hint; English, so shown only to English readers. */
  detail: string | undefined;
  requestId: string | undefined;
}

/** Turns any error into words for the user; the server's own text is kept when it is in the UI's language. */
export function useDescribeProblem(error: unknown): DescribedProblem {
  const { t, i18n } = useTranslation();
  if (!isApiError(error)) return { message: t('problems.generic'), detail: undefined, requestId: undefined };
  const key = `problems.${error.code}`;
  const message = i18n.exists(key) ? t(key) : t('problems.generic');
  const serverText = [error.detail, error.hint].filter(Boolean).join(' ');
  const showServerText = i18n.resolvedLanguage === 'en' && error.code !== 'network';
  return {
    message,
    detail: showServerText ? serverText : undefined,
    requestId: error.status >= 500 ? error.requestId : undefined,
  };
}
