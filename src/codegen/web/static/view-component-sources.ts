/** The generated web app's display components: DataTable, related records, dialog and shell: the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const viewComponentSources: StaticSource[] = [
  {
    path: 'web/src/components/data-table.tsx',
    body: `/** A sortable table of records; it scrolls sideways on narrow screens instead of squeezing columns. */
import type { ReactNode } from 'react';
import type { EntityConfig } from '../lib/entity-config.js';
import type { ApiRecord } from '../lib/api.js';
import { formatValue } from '../lib/format.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { RelationLabel } from './relation-label.js';

export interface SortState {
  field: string;
  order: 'asc' | 'desc';
}

interface DataTableProps {
  config: EntityConfig;
  records: ApiRecord[];
  sort: SortState | null;
  onSort: (sort: SortState) => void;
  caption: string;
}

export function DataTable({ config, records, sort, onSort, caption }: DataTableProps) {
  const { t, text, locale } = useI18n();

  // The record's name links to its page; without it in the table, the first column does.
  const linkColumn = config.columns.includes(config.displayField) ? config.displayField : config.columns[0];

  const labelOf = (column: string): string => {
    const described =
      config.fields.find((field) => field.name === column) ??
      config.references.find((reference) => reference.name === column);
    return described ? text(described.label) : column;
  };

  const cell = (record: ApiRecord, column: string): ReactNode => {
    const reference = config.references.find((candidate) => candidate.name === column);
    if (reference) return <RelationLabel target={reference.target} id={record[column]} />;
    const field = config.fields.find((candidate) => candidate.name === column);
    const shown = field ? formatValue(field, record[column], locale, text, [t('yes'), t('no')]) : '';
    return column === linkColumn ? (
      <Link to={\`/\${config.path}/\${record.id}\`}>{shown || record.id}</Link>
    ) : (
      shown
    );
  };

  const header = (column: string): ReactNode => {
    const reference = config.references.find((candidate) => candidate.name === column);
    const label = labelOf(column);
    if (reference?.multiple) return <th key={column}>{label}</th>;
    const active = sort?.field === column;
    const next: SortState = { field: column, order: active && sort.order === 'asc' ? 'desc' : 'asc' };
    return (
      <th key={column} aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button type="button" className="sort-button" onClick={() => onSort(next)}>
          {label}
          <span aria-hidden="true">{active ? (sort.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>{config.columns.map(header)}</tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.id}>
              {config.columns.map((column) => (
                <td key={column}>{cell(record, column)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPage }: PaginationProps) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('previous')}
      </button>
      <span aria-live="polite">{t('pageOf', { page, pages, total })}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('next')}
      </button>
    </nav>
  );
}
`,
  },
  {
    path: 'web/src/components/relation-label.tsx',
    body: `/** A link to a related record, named by its display field. */
import { useEffect, useState } from 'react';
import { apiRequest, type ApiRecord } from '../lib/api.js';
import { displayOf } from '../lib/display.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';

// A list shows the same related record on many rows: ask the server once per page view.
const names = new Map<string, Promise<string>>();

function nameOf(target: string, id: string, locale: string): Promise<string> {
  const key = \`\${locale}:\${target}/\${id}\`;
  let name = names.get(key);
  if (!name) {
    name = apiRequest<ApiRecord>(\`/\${target}/\${id}\`).then((record) => displayOf(target, record, locale));
    name.catch(() => names.delete(key));
    names.set(key, name);
  }
  return name;
}

export function RelationLabel({ target, id }: { target: string; id: unknown }) {
  const recordId = typeof id === 'string' && id !== '' ? id : null;
  const { locale } = useI18n();
  const [name, setName] = useState<string>();

  useEffect(() => {
    let current = true;
    if (recordId)
      nameOf(target, recordId, locale)
        .then((found) => current && setName(found))
        .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [target, recordId, locale]);

  if (!recordId) return <>—</>;
  return <Link to={\`/\${target}/\${recordId}\`}>{name ?? recordId}</Link>;
}
`,
  },
  {
    path: 'web/src/components/related-list.tsx',
    body: `/** Records of another entity linked to this one, e.g. a patient's appointments. */
import { useState } from 'react';
import type { RelatedListConfig } from '../lib/entity-config.js';
import { listPath, type ApiRecord, type ListPage } from '../lib/api.js';
import { useAuth } from '../lib/auth.js';
import { displayOf } from '../lib/display.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';
import { Pagination } from './data-table.js';

const PAGE_SIZE = 10;

export function RelatedList({
  parentPath,
  parentId,
  related,
}: {
  parentPath: string;
  parentId: string;
  related: RelatedListConfig;
}) {
  const { t, text, locale } = useI18n();
  const { can } = useAuth();
  const [page, setPage] = useState(1);
  const readable = can(related.target, 'read');
  const { data, error } = useApi<ListPage<ApiRecord>>(
    readable
      ? listPath(\`/\${parentPath}/\${parentId}/\${related.segment}\`, { page, pageSize: PAGE_SIZE })
      : null,
  );
  if (!readable) return null;
  const headingId = \`related-\${related.segment}\`;

  return (
    <section className="related" aria-labelledby={headingId}>
      <h2 id={headingId}>{text(related.label)}</h2>
      {error ? <p className="form-error">{error.message}</p> : null}
      {data && data.items.length === 0 ? <p>{t('noRecords')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <ul className="related-items">
            {data.items.map((record) => (
              <li key={record.id}>
                <Link to={\`/\${related.target}/\${record.id}\`}>
                  {displayOf(related.target, record, locale)}
                </Link>
              </li>
            ))}
          </ul>
          {data.total > PAGE_SIZE ? (
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
`,
  },
  {
    path: 'web/src/components/confirm-dialog.tsx',
    body: `/** Asks before something that cannot be undone; the native <dialog> traps focus and closes on Escape. */
import { useEffect, useRef } from 'react';
import { useI18n } from '../lib/i18n.js';

interface ConfirmDialogProps {
  open: boolean;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="confirm-message" onCancel={onCancel}>
      <p id="confirm-message">{message}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('cancel')}
        </button>
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
`,
  },
  {
    path: 'web/src/components/app-shell.tsx',
    body: `/** The frame around every signed-in page: header, menu (a toggle on narrow screens), and content. */
import { useEffect, useState, type ReactNode } from 'react';
import { appName } from '../app-config.js';
import { useAuth } from '../lib/auth.js';
import { useI18n } from '../lib/i18n.js';
import { visibleMenu } from '../lib/navigation.js';
import { Link, usePathname } from '../lib/router.js';
import { Preferences } from './preferences.js';

export function AppShell({ children }: { children: ReactNode }) {
  const { t, text } = useI18n();
  const auth = useAuth();
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [pathname]);

  const isCurrent = (path: string) => (path === '/' ? pathname === '/' : pathname.startsWith(path));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="button menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('menu')}
        </button>
        <Link className="brand" to="/">
          {appName}
        </Link>
        <div className="topbar-end">
          <Preferences />
          <span className="user-name">{auth.user?.name}</span>
          <button type="button" className="button" onClick={() => void auth.signOut()}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <nav id="main-menu" className={menuOpen ? 'menu open' : 'menu'} aria-label={t('mainMenu')}>
        {visibleMenu(auth).map((group, index) => (
          <div key={index} className="menu-group">
            {group.heading ? <h2 className="menu-heading">{text(group.heading)}</h2> : null}
            <ul>
              {group.pages.map((page) => (
                <li key={page.name}>
                  <Link to={page.path} aria-current={isCurrent(page.path) ? 'page' : undefined}>
                    {text(page.title)}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
`,
  },
  {
    path: 'web/src/components/preferences.tsx',
    body: `/** The language and theme switches. */
import { locales } from '../app-config.js';
import { nativeNameOf, useI18n } from '../lib/i18n.js';
import { useTheme, type ThemeChoice } from '../lib/theme.js';

export function Preferences() {
  const { t, locale, setLocale } = useI18n();
  const [theme, setTheme] = useTheme();
  return (
    <div className="preferences">
      {locales.length > 1 ? (
        <label>
          <span className="visually-hidden">{t('language')}</span>
          <select value={locale} onChange={(event) => setLocale(event.target.value)}>
            {locales.map((option) => (
              <option key={option} value={option} lang={option}>
                {nativeNameOf(option)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        <span className="visually-hidden">{t('theme')}</span>
        <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
          <option value="system">{t('themeSystem')}</option>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
        </select>
      </label>
    </div>
  );
}
`,
  },
];
