import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, which is also what screen readers announce on navigation. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = `${pageTitle} · ${product}`;
  }, [pageTitle, product]);
}
