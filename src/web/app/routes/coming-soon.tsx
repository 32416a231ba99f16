import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.js';
import { PageHeader } from '../../components/page-header.js';
import { Badge } from '../../components/ui/badge.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import type { NavSection } from '../layout/nav-sections.js';

/** A section whose feature is not built yet: says what it will do, so the navigation is honest. */
export function ComingSoonRoute({ section }: { section: NavSection }) {
  const { t } = useTranslation();
  const title = t(`nav.${section.id}`);
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} description={t(`comingSoon.${section.id}.summary`)} />
      <EmptyState
        icon={section.icon}
        title={t('comingSoon.title', { section: title })}
        description={t(`comingSoon.${section.id}.body`)}
        action={<Badge variant="outline">{t('comingSoon.badge')}</Badge>}
        className="bg-card/50 py-20"
      />
    </>
  );
}
