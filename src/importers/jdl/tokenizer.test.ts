import { describe, expect, it } from 'vitest';
import { catchAppError } from '../test-support.js';
import { tokenizeJdl } from './tokenizer.js';

const significant = (source: string) =>
  tokenizeJdl(source).map(({ kind, text, line, column }) => ({ kind, text, line, column }));

describe('tokenizeJdl', () => {
  it('gives every token its line and column, counting from 1', () => {
    expect(significant('entity Patient {\n  age Integer min(-1)\n}')).toEqual([
      { kind: 'identifier', text: 'entity', line: 1, column: 1 },
      { kind: 'identifier', text: 'Patient', line: 1, column: 8 },
      { kind: 'punctuation', text: '{', line: 1, column: 16 },
      { kind: 'identifier', text: 'age', line: 2, column: 3 },
      { kind: 'identifier', text: 'Integer', line: 2, column: 7 },
      { kind: 'identifier', text: 'min', line: 2, column: 15 },
      { kind: 'punctuation', text: '(', line: 2, column: 18 },
      { kind: 'punctuation', text: '-', line: 2, column: 19 },
      { kind: 'number', text: '1', line: 2, column: 20 },
      { kind: 'punctuation', text: ')', line: 2, column: 21 },
      { kind: 'punctuation', text: '}', line: 3, column: 1 },
      { kind: 'end', text: 'end of file', line: 3, column: 2 },
    ]);
  });

  it('attaches a /** doc */ comment to the next token and drops // and /* */ comments', () => {
    const tokens = tokenizeJdl(
      '// a line comment\n/* a block */ /**\n * Who is treated.\n * Adults only.\n */ entity A',
    );
    expect(tokens.map((token) => token.text)).toEqual(['entity', 'A', 'end of file']);
    expect(tokens[0]?.doc).toBe('Who is treated. Adults only.');
    expect(tokens[0]?.line).toBe(5);
    expect(tokens[1]?.doc).toBeUndefined();
  });

  it('reads strings with escapes and regular expressions only inside pattern(…)', () => {
    const tokens = tokenizeJdl(String.raw`x "say \"hi\"" pattern(/^[a-z\/]+$/i) a / b`);
    expect(tokens.map((token) => [token.kind, token.text])).toEqual([
      ['identifier', 'x'],
      ['string', 'say "hi"'],
      ['identifier', 'pattern'],
      ['punctuation', '('],
      ['regex', String.raw`/^[a-z\/]+$/i`],
      ['punctuation', ')'],
      ['identifier', 'a'],
      ['punctuation', '/'],
      ['identifier', 'b'],
      ['end', 'end of file'],
    ]);
  });

  it('keeps a `/` inside a character class as part of the pattern', () => {
    expect(tokenizeJdl('pattern(/[/]+/)')[2]?.text).toBe('/[/]+/');
  });

  it.each([
    ['entity A /* never closed', 'comment is never closed', 1, 10],
    ['entity A {\n  x String pattern(/abc\n}', 'regular expression is never closed', 2, 20],
    ['a\n  "open text', 'is never closed', 2, 3],
  ])('refuses %j with the place it starts', (source, message, line, column) => {
    const error = catchAppError(() => tokenizeJdl(source));
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain(message);
    expect(error.message).toContain(`at line ${line}, column ${column}`);
    expect(error.details).toEqual({ line, column });
    expect(error.hint).toBeTruthy();
  });
});
