import { useMemo } from 'react';
import { cn } from '../../../lib/cn.js';
import { languageOf, type TokenKind } from './languages.js';
import { tokenize } from './tokenize.js';

const TOKEN_CLASSES: Record<TokenKind, string> = {
  plain: '',
  comment: 'text-muted-foreground italic',
  string: 'text-emerald-700 dark:text-emerald-300',
  number: 'text-amber-700 dark:text-amber-300',
  keyword: 'text-violet-700 dark:text-violet-300 font-medium',
  type: 'text-sky-700 dark:text-sky-300',
  key: 'text-rose-700 dark:text-rose-300',
  punct: 'text-muted-foreground',
  heading: 'text-primary font-semibold',
};

/**
 * A file's text with its tokens coloured. Loaded with a dynamic import by the file viewer, so the
 * highlighter's code is fetched only when someone opens a file.
 */
export function HighlightedCode({ path, content }: { path: string; content: string }) {
  const tokens = useMemo(() => tokenize(content, languageOf(path)), [path, content]);
  return (
    <code>
      {tokens.map((token, index) => (
        <span key={index} className={cn(TOKEN_CLASSES[token.kind]) || undefined}>
          {token.text}
        </span>
      ))}
    </code>
  );
}
