/**
 * A read position over JDL tokens with the small vocabulary a recursive-descent parser needs:
 * look ahead, take a token, or insist on one and say clearly what was expected instead.
 * @module
 */
import type { AppError } from '../../kernel/index.js';
import type { SourcePosition } from '../import-types.js';
import { jdlSyntaxError, type Token } from './tokenizer.js';

export class TokenCursor {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    readonly source: string,
  ) {}

  peek(ahead = 0): Token {
    const last = this.tokens[this.tokens.length - 1];
    const token = this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] ?? last;
    if (!token) throw new Error('the tokenizer always ends with an end token');
    return token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  atEnd(): boolean {
    return this.peek().kind === 'end';
  }

  /** Is the token `ahead` positions away this punctuation mark? */
  isPunctuation(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'punctuation' && token.text === text;
  }

  /** Is the token `ahead` positions away this word (case-sensitive, as JDL is)? */
  isWord(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'identifier' && token.text === text;
  }

  isIdentifier(ahead = 0): boolean {
    return this.peek(ahead).kind === 'identifier';
  }

  /** Takes the punctuation mark if it is next; returns whether it did. */
  skipPunctuation(text: string): boolean {
    if (!this.isPunctuation(text)) return false;
    this.next();
    return true;
  }

  skipWord(text: string): boolean {
    if (!this.isWord(text)) return false;
    this.next();
    return true;
  }

  /** `expected \`{\` after entity name \`Patient\` at line 3, column 15, found \`name\``. */
  expectPunctuation(text: string, context: string, hint: string): Token {
    if (!this.isPunctuation(text)) throw this.unexpected(`expected \`${text}\` ${context}`, hint);
    return this.next();
  }

  expectIdentifier(what: string, hint: string): Token {
    if (!this.isIdentifier()) throw this.unexpected(`expected ${what}`, hint);
    return this.next();
  }

  /** An error about the next token: what was expected there, and what was found. */
  unexpected(expectation: string, hint: string, token: Token = this.peek()): AppError {
    const found = token.kind === 'end' ? 'the end of the file' : `\`${token.text}\``;
    return jdlSyntaxError(expectation, token, hint, found);
  }

  /** The source text between two tokens, as written (used for free-form values in parentheses). */
  textBetween(after: Token, before: Token): string {
    return this.source.slice(after.end, before.start).trim();
  }
}

export function positionOf(token: Token): SourcePosition {
  return { line: token.line, column: token.column };
}
