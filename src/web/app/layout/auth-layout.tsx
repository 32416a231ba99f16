import { Fingerprint, Landmark, ScrollText } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../components/brand-mark.js';
import { LanguageMenu } from '../../components/language-menu.js';
import { ThemeMenu } from '../../components/theme-menu.js';
import { SkipLink } from './skip-link.js';

interface AuthLayoutProps {
  title: string;
  subtitle: string;
  children: ReactNode;
}

/** Sign-in and sign-up: what WebNova promises on one side, the form on the other. */
export function AuthLayout({ title, subtitle, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  const promises = [
    { icon: Landmark, title: t('auth.promises.isolation.title'), body: t('auth.promises.isolation.body') },
    { icon: ScrollText, title: t('auth.promises.audit.title'), body: t('auth.promises.audit.body') },
    { icon: Fingerprint, title: t('auth.promises.control.title'), body: t('auth.promises.control.body') },
  ];
  return (
    <div className="grid min-h-screen lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <SkipLink />
      <aside className="hidden flex-col justify-between border-e bg-muted/50 p-10 lg:flex">
        <BrandMark />
        <div className="grid max-w-md gap-8">
          <p className="text-2xl font-semibold leading-snug tracking-tight">{t('auth.tagline')}</p>
          <ul className="grid gap-6">
            {promises.map(({ icon: Icon, title: promiseTitle, body }) => (
              <li key={promiseTitle} className="flex gap-4">
                <div className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-card text-primary shadow-xs ring-1 ring-border">
                  <Icon className="size-4.5" aria-hidden="true" />
                </div>
                <div className="grid gap-0.5">
                  <p className="text-sm font-medium">{promiseTitle}</p>
                  <p className="text-sm text-muted-foreground">{body}</p>
                </div>
              </li>
            ))}
          </ul>
        </div>
        <p className="text-xs text-muted-foreground">{t('auth.footer')}</p>
      </aside>
      <div className="flex flex-col">
        <header className="flex items-center justify-between p-4 lg:justify-end">
          <div className="lg:hidden">
            <BrandMark />
          </div>
          <div className="flex items-center gap-1">
            <LanguageMenu />
            <ThemeMenu />
          </div>
        </header>
        <main
          id="main"
          tabIndex={-1}
          className="flex flex-1 items-center justify-center px-6 pb-16 outline-none"
        >
          <div className="w-full max-w-sm">
            <div className="grid gap-1.5 pb-8">
              <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
              <p className="text-sm text-muted-foreground">{subtitle}</p>
            </div>
            {children}
          </div>
        </main>
      </div>
    </div>
  );
}
