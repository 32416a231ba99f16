/** The generated web app's pages that are not about one entity: login, start page, messages: the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const pageSources: StaticSource[] = [
  {
    path: 'web/src/pages/login-page.tsx',
    body: `/** Signing in with email and password; the token is kept for the next visit. */
import { useState, type FormEvent } from 'react';
import { appName } from '../app-config.js';
import { ApiError } from '../lib/api.js';
import { useAuth } from '../lib/auth.js';
import { useI18n } from '../lib/i18n.js';
import { Preferences } from '../components/preferences.js';

export function LoginPage() {
  const { t } = useI18n();
  const { signIn } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 401) setError(t('wrongCredentials'));
      else setError(cause instanceof Error ? cause.message : t('somethingWentWrong'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login" id="main">
      <div className="login-card">
        <h1>{appName}</h1>
        <form onSubmit={(event) => void submit(event)}>
          <h2>{t('signIn')}</h2>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor="login-email">{t('email')}</label>
            <input
              id="login-email"
              type="email"
              dir="ltr"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('password')}</label>
            <input
              id="login-password"
              type="password"
              dir="ltr"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('signingIn') : t('signIn')}
          </button>
        </form>
        <Preferences />
      </div>
    </main>
  );
}
`,
  },
  {
    path: 'web/src/pages/dashboard-page.tsx',
    body: `/** The start page: how many records of each kind the user may see, with links to them. */
import type { LocalizedText, PageConfig } from '../app-config.js';
import { listPath, type ApiRecord, type ListPage } from '../lib/api.js';
import { useAuth } from '../lib/auth.js';
import { useI18n } from '../lib/i18n.js';
import { visibleMenu } from '../lib/navigation.js';
import { Link } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';

function CountCard({ page, entity }: { page: PageConfig; entity: string }) {
  const { t, text } = useI18n();
  const { data } = useApi<ListPage<ApiRecord>>(listPath(\`/\${entity}\`, { page: 1, pageSize: 1 }));
  return (
    <li className="card">
      <Link to={page.path}>
        <span className="card-title">{text(page.title)}</span>
        <span className="card-count">{data ? data.total : '…'}</span>
        <span className="visually-hidden">{t('records')}</span>
      </Link>
    </li>
  );
}

export function DashboardPage({ title }: { title: LocalizedText }) {
  const { t, text } = useI18n();
  const auth = useAuth();
  const entityPages = visibleMenu(auth)
    .flatMap((group) => group.pages)
    .filter((page) => page.kind === 'entity-list' && page.entity !== undefined);
  return (
    <section className="page">
      <h1>{text(title)}</h1>
      <p>{t('welcome', { name: auth.user?.name ?? '' })}</p>
      <ul className="cards">
        {entityPages.map((page) => (
          <CountCard key={page.name} page={page} entity={page.entity ?? ''} />
        ))}
      </ul>
    </section>
  );
}
`,
  },
  {
    path: 'web/src/pages/message-page.tsx',
    body: `/** Pages that only say something: not found, not permitted, or a custom page still to be written. */
import type { LocalizedText } from '../app-config.js';
import type { UiStrings } from '../i18n/index.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';

export function MessagePage({
  title,
  message,
}: {
  title: LocalizedText | keyof UiStrings;
  message: keyof UiStrings;
}) {
  const { t, text } = useI18n();
  return (
    <section className="page">
      <h1>{typeof title === 'string' ? t(title) : text(title)}</h1>
      <p>{t(message)}</p>
      <p>
        <Link to="/">{t('home')}</Link>
      </p>
    </section>
  );
}
`,
  },
];
