import { RULES, type Language, type TokenKind } from './languages.js';

export interface Token {
  kind: TokenKind;
  text: string;
}

/** Past this size a file is shown as plain text: colouring it would cost more than it helps. */
const MAX_HIGHLIGHTED_LENGTH = 300_000;

/**
 * Splits source text into coloured tokens with a handful of sticky regular expressions per language. Not
 * a parser: good enough to read generated code, small enough to load on demand. Joining the tokens'
 * text always gives back the input.
 */
export function tokenize(source: string, language: Language): Token[] {
  const rules = RULES[language];
  if (rules.length === 0 || source.length > MAX_HIGHLIGHTED_LENGTH) return [{ kind: 'plain', text: source }];
  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind) last.text += text;
    else tokens.push({ kind, text });
  };
  let position = 0;
  while (position < source.length) {
    let matched = false;
    for (const [kind, pattern] of rules) {
      pattern.lastIndex = position;
      const match = pattern.exec(source);
      if (match && match[0].length > 0) {
        push(kind, match[0]);
        position += match[0].length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      push('plain', source.charAt(position));
      position += 1;
    }
  }
  return tokens;
}
