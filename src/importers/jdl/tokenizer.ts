/**
 * Turns JDL text into tokens that each know their line and column, so every later error can point at
 * the exact place. `/** … *\/` comments are kept as the `doc` of the token that follows them; other
 * comments are dropped.
 * @module
 */
import { AppError } from '../../kernel/index.js';
import type { SourcePosition } from '../import-types.js';

export type TokenKind = 'identifier' | 'number' | 'string' | 'regex' | 'punctuation' | 'end';

export interface Token extends SourcePosition {
  kind: TokenKind;
  /** The token as written; for strings, the text between the quotes with escapes resolved. */
  text: string;
  /** Offsets into the source, so the parser can take raw text between two tokens. */
  start: number;
  end: number;
  /** The documentation comment written just before this token, cleaned of its stars. */
  doc?: string;
}

const IDENTIFIER_START = /[\p{L}_$]/u;
const IDENTIFIER_PART = /[\p{L}\p{N}_$]/u;
const DIGIT = /[0-9]/;

/** Builds a syntax error that names the line and column both in its message and in its details. */
export function jdlSyntaxError(message: string, at: SourcePosition, hint: string, found?: string): AppError {
  const where = `at line ${at.line}, column ${at.column}`;
  return new AppError('bad_request', `${message} ${where}${found ? `, found ${found}` : ''}`, {
    hint,
    details: { line: at.line, column: at.column },
  });
}

export function tokenizeJdl(source: string): Token[] {
  return new JdlTokenizer(source).run();
}

class JdlTokenizer {
  private offset = 0;
  private line = 1;
  private column = 1;
  private pendingDoc: string | undefined;
  private readonly tokens: Token[] = [];

  constructor(private readonly source: string) {}

  run(): Token[] {
    while (this.offset < this.source.length) {
      const char = this.source.charAt(this.offset);
      if (/\s/.test(char)) this.advance(1);
      else if (this.source.startsWith('//', this.offset)) this.skipLineComment();
      else if (this.source.startsWith('/*', this.offset)) this.readBlockComment();
      else if (char === '/' && this.regexMayStartHere()) this.readRegex();
      else if (char === '"' || char === "'") this.readString(char);
      else if (DIGIT.test(char)) this.readWhile('number', /[0-9.]/);
      else if (IDENTIFIER_START.test(char)) this.readWhile('identifier', IDENTIFIER_PART);
      else this.push('punctuation', char, this.offset, this.offset + 1, this.here());
    }
    const at = this.here();
    this.tokens.push({ kind: 'end', text: 'end of file', start: this.offset, end: this.offset, ...at });
    return this.tokens;
  }

  private here(): SourcePosition {
    return { line: this.line, column: this.column };
  }

  /** Moves forward, keeping line and column right across line breaks. */
  private advance(count: number): void {
    for (let i = 0; i < count && this.offset < this.source.length; i += 1) {
      if (this.source.charAt(this.offset) === '\n') {
        this.line += 1;
        this.column = 1;
      } else {
        this.column += 1;
      }
      this.offset += 1;
    }
  }

  private push(kind: TokenKind, text: string, start: number, end: number, at: SourcePosition): void {
    const token: Token = { kind, text, start, end, ...at };
    if (this.pendingDoc !== undefined) token.doc = this.pendingDoc;
    this.pendingDoc = undefined;
    this.tokens.push(token);
    this.advance(end - start);
  }

  private readWhile(kind: TokenKind, part: RegExp): void {
    let end = this.offset + 1;
    while (end < this.source.length && part.test(this.source.charAt(end))) end += 1;
    this.push(kind, this.source.slice(this.offset, end), this.offset, end, this.here());
  }

  private skipLineComment(): void {
    const lineEnd = this.source.indexOf('\n', this.offset);
    this.advance((lineEnd === -1 ? this.source.length : lineEnd) - this.offset);
  }

  private readBlockComment(): void {
    const at = this.here();
    const close = this.source.indexOf('*/', this.offset + 2);
    if (close === -1) {
      throw jdlSyntaxError('comment is never closed (missing `*/`)', at, 'Close the comment with `*/`.');
    }
    const body = this.source.slice(this.offset + 2, close);
    if (body.startsWith('*') && body.length > 1) this.pendingDoc = cleanDocComment(body.slice(1));
    this.advance(close + 2 - this.offset);
  }

  private readString(quote: string): void {
    const at = this.here();
    let text = '';
    let end = this.offset + 1;
    for (;;) {
      const char = this.source.charAt(end);
      if (end >= this.source.length || char === '\n') {
        throw jdlSyntaxError(
          `text starting with ${quote} is never closed`,
          at,
          `End the text with a matching ${quote} on the same line.`,
        );
      }
      if (char === quote) break;
      if (char === '\\') {
        text += this.source.charAt(end + 1);
        end += 2;
      } else {
        text += char;
        end += 1;
      }
    }
    this.push('string', text, this.offset, end + 1, at);
  }

  /** A regular expression can only appear as the argument of `pattern(…)`. */
  private regexMayStartHere(): boolean {
    const previous = this.tokens.at(-1);
    const beforeThat = this.tokens.at(-2);
    return previous?.text === '(' && beforeThat?.text === 'pattern';
  }

  private readRegex(): void {
    const at = this.here();
    let end = this.offset + 1;
    let inClass = false;
    for (;;) {
      const char = this.source.charAt(end);
      if (end >= this.source.length || char === '\n') {
        throw jdlSyntaxError(
          'regular expression is never closed (missing `/`)',
          at,
          'Write the pattern as pattern(/^[A-Z]+$/), escaping any `/` inside it as `\\/`.',
        );
      }
      if (char === '\\') end += 2;
      else {
        if (char === '[') inClass = true;
        else if (char === ']') inClass = false;
        else if (char === '/' && !inClass) break;
        end += 1;
      }
    }
    end += 1;
    while (end < this.source.length && /[a-z]/.test(this.source.charAt(end))) end += 1;
    this.push('regex', this.source.slice(this.offset, end), this.offset, end, at);
  }
}

/** `* Line one\n   * line two` → `Line one line two`. */
function cleanDocComment(body: string): string {
  return body
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter((line) => line.length > 0)
    .join(' ');
}
