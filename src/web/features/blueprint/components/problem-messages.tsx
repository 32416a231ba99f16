import { useTranslation } from 'react-i18next';
import type { BlueprintProblem } from '../../../../contracts/index.js';

/** The problems the server found at one place of the form, each with its suggestion. */
export function ProblemMessages({ id, problems }: { id: string; problems: BlueprintProblem[] | undefined }) {
  const { t } = useTranslation();
  if (!problems || problems.length === 0) return null;
  return (
    <ul id={id} className="grid gap-1 text-xs text-destructive">
      {problems.map((problem) => (
        <li key={`${problem.pointer}:${problem.code}:${problem.message}`}>
          {/* The server writes its problems in English: isolated, so they read right inside Arabic text. */}
          <bdi className="font-medium">{problem.message}</bdi>
          {problem.suggestion ? (
            <span className="block text-foreground/80">
              {t('blueprint.editor.suggestionLabel')} <bdi>{problem.suggestion}</bdi>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
