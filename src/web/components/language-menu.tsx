import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../contracts/index.js';
import { changeLanguage, LANGUAGE_NAMES, LANGUAGES, useLanguage } from '../i18n/language.js';
import { useControlName } from './use-control-name.js';
import { Button } from './ui/button.js';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from './ui/dropdown-menu.js';

export function LanguageMenu() {
  const { t } = useTranslation();
  const accessibleName = useControlName('Language', t('header.language'));
  const language = useLanguage();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        {/* Named "Language" in every language; see useControlName. */}
        <Button variant="ghost" size="sm" aria-label={accessibleName} title={t('header.language')}>
          <Languages />
          <span className="hidden text-xs font-medium sm:inline">{language.toUpperCase()}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>{t('header.language')}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={language} onValueChange={(value) => changeLanguage(value as Locale)}>
          {LANGUAGES.map((option) => (
            <DropdownMenuRadioItem key={option} value={option} lang={option}>
              {LANGUAGE_NAMES[option]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
