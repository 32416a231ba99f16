/** The generated web app's generic entity pages: list, detail and form: the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const entityPageSources: StaticSource[] = [
  {
    path: 'web/src/pages/entity-list-page.tsx',
    body: `/** An entity's records: search, sortable columns, pages, and a button to add one when permitted. */
import { useEffect, useState } from 'react';
import type { LocalizedText } from '../app-config.js';
import { DataTable, Pagination, type SortState } from '../components/data-table.js';
import type { EntityConfig } from '../lib/entity-config.js';
import { listPath, type ApiRecord, type ListPage } from '../lib/api.js';
import { useAuth } from '../lib/auth.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

export function EntityListPage({ config, title }: { config: EntityConfig; title?: LocalizedText }) {
  const { t, text } = useI18n();
  const { can } = useAuth();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<SortState | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(search.trim());
      setPage(1);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);

  const path = listPath(\`/\${config.path}\`, {
    page,
    pageSize: PAGE_SIZE,
    q: query || undefined,
    sort: sort?.field,
    order: sort?.order,
  });
  const { data, error, loading } = useApi<ListPage<ApiRecord>>(path);
  const heading = text(title ?? config.pluralLabel);

  return (
    <section className="page">
      <header className="page-header">
        <h1>{heading}</h1>
        {can(config.path, 'create') ? (
          <Link className="button primary" to={\`/\${config.path}/new\`}>
            {t('newRecord', { name: text(config.label) })}
          </Link>
        ) : null}
      </header>
      <div className="toolbar">
        <label className="visually-hidden" htmlFor="list-search">
          {t('searchIn', { name: heading })}
        </label>
        <input
          id="list-search"
          type="search"
          placeholder={t('search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : null}
      {loading && !data ? <p aria-live="polite">{t('loading')}</p> : null}
      {data && data.items.length === 0 ? <p>{t('noRecords')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <DataTable
            config={config}
            records={data.items}
            sort={sort}
            caption={heading}
            onSort={(next) => {
              setSort(next);
              setPage(1);
            }}
          />
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}
`,
  },
  {
    path: 'web/src/pages/entity-detail-page.tsx',
    body: `/** One record: its values, links to the records it points at, lists of records pointing at it. */
import { useState } from 'react';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { RelatedList } from '../components/related-list.js';
import { RelationLabel } from '../components/relation-label.js';
import type { EntityConfig, FieldConfig } from '../lib/entity-config.js';
import { apiRequest, downloadFile, type ApiRecord } from '../lib/api.js';
import { useAuth } from '../lib/auth.js';
import { displayOf } from '../lib/display.js';
import { formatValue } from '../lib/format.js';
import { useI18n } from '../lib/i18n.js';
import { Link, navigate } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';

export function EntityDetailPage({ config, id }: { config: EntityConfig; id: string }) {
  const { t, text, locale } = useI18n();
  const { canOnRecord } = useAuth();
  const { data: record, error } = useApi<ApiRecord>(\`/\${config.path}/\${id}\`);
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<string>();

  if (error) {
    return (
      <p className="form-error" role="alert">
        {error.message}
      </p>
    );
  }
  if (!record) return <p aria-live="polite">{t('loading')}</p>;

  const remove = async () => {
    setConfirming(false);
    try {
      await apiRequest(\`/\${config.path}/\${record.id}\`, { method: 'DELETE' });
      navigate(\`/\${config.path}\`, { replace: true });
    } catch (cause) {
      setActionError(cause instanceof Error ? cause.message : t('somethingWentWrong'));
    }
  };

  const value = (field: FieldConfig) => {
    const stored = record[field.name];
    if (field.type === 'file' && stored && typeof stored === 'object' && 'name' in stored) {
      const fileName = String(stored.name);
      const download = () =>
        downloadFile(\`/\${config.path}/\${record.id}/files/\${field.name}\`, fileName).catch((cause: unknown) =>
          setActionError(cause instanceof Error ? cause.message : t('somethingWentWrong')),
        );
      return (
        <button type="button" className="link-button" onClick={() => void download()}>
          {t('download', { name: fileName })}
        </button>
      );
    }
    return formatValue(field, stored, locale, text, [t('yes'), t('no')]);
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>{displayOf(config.path, record, locale)}</h1>
        <div className="actions">
          {canOnRecord(config.path, 'update', record) ? (
            <Link className="button" to={\`/\${config.path}/\${record.id}/edit\`}>
              {t('edit')}
            </Link>
          ) : null}
          {canOnRecord(config.path, 'delete', record) ? (
            <button type="button" className="button danger" onClick={() => setConfirming(true)}>
              {t('delete')}
            </button>
          ) : null}
        </div>
      </header>
      <p>
        <Link to={\`/\${config.path}\`}>{t('backTo', { name: text(config.pluralLabel) })}</Link>
      </p>
      {actionError ? (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      ) : null}
      <dl className="details">
        {config.fields.map((field) => (
          <div key={field.name}>
            <dt>{text(field.label)}</dt>
            <dd>{value(field)}</dd>
          </div>
        ))}
        {config.references.map((reference) => {
          const stored = record[reference.name];
          const ids = Array.isArray(stored) ? stored : [stored];
          return (
            <div key={reference.name}>
              <dt>{text(reference.label)}</dt>
              <dd>
                {ids.map((linked, index) => (
                  <span key={String(linked ?? index)} className="linked">
                    <RelationLabel target={reference.target} id={linked} />
                  </span>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>
      {config.related.map((related) => (
        <RelatedList key={related.segment} parentPath={config.path} parentId={record.id} related={related} />
      ))}
      <ConfirmDialog
        open={confirming}
        message={t('confirmDelete', { name: displayOf(config.path, record, locale) })}
        confirmLabel={t('delete')}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
`,
  },
  {
    path: 'web/src/pages/entity-form-page.tsx',
    body: `/** The page around the create or edit form: loads the record to edit and goes to it once saved. */
import { EntityForm } from '../components/entity-form.js';
import type { EntityConfig } from '../lib/entity-config.js';
import type { ApiRecord } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { navigate } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';

export function EntityFormPage({ config, id }: { config: EntityConfig; id?: string }) {
  const { t, text } = useI18n();
  const { data: record, error } = useApi<ApiRecord>(id ? \`/\${config.path}/\${id}\` : null);
  const name = text(config.label);

  const body = () => {
    if (!id)
      return <EntityForm config={config} onSaved={showRecord} onCancel={() => navigate(\`/\${config.path}\`)} />;
    if (error) {
      return (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      );
    }
    if (!record) return <p aria-live="polite">{t('loading')}</p>;
    return (
      <EntityForm
        config={config}
        record={record}
        onSaved={showRecord}
        onCancel={() => navigate(\`/\${config.path}/\${record.id}\`)}
      />
    );
  };

  function showRecord(saved: ApiRecord) {
    navigate(\`/\${config.path}/\${saved.id}\`, { replace: true });
  }

  return (
    <section className="page">
      <h1>{id ? t('editRecord', { name }) : t('newRecord', { name })}</h1>
      {body()}
    </section>
  );
}
`,
  },
];
