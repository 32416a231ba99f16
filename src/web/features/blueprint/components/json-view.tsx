import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../../../contracts/index.js';
import { CopyButton } from '../../../components/copy-button.js';

/** The Blueprint exactly as the API stores it: what the CLI and the code generator read. */
export function JsonView({ blueprint, version }: { blueprint: Blueprint; version: number }) {
  const { t } = useTranslation();
  const json = JSON.stringify(blueprint, null, 2);
  return (
    <div className="grid gap-2">
      <div className="flex justify-end">
        <CopyButton text={json} />
      </div>
      {/* JSON reads left to right in both languages. */}
      <pre
        dir="ltr"
        tabIndex={0}
        aria-label={t('blueprint.json.label', { version })}
        className="max-h-[70vh] overflow-auto rounded-lg border bg-muted/40 p-4 text-start font-mono text-xs leading-relaxed focus-visible:outline-2 focus-visible:outline-ring"
      >
        {json}
      </pre>
    </div>
  );
}
