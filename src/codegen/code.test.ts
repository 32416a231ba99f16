import { describe, expect, it } from 'vitest';
import { code, quote, withArticle } from './code.js';

describe('code', () => {
  it('removes the template indentation and the surrounding blank lines', () => {
    const text = code`
      if (ready) {
        go();
      }
    `;
    expect(text).toBe('if (ready) {\n  go();\n}');
  });

  it('indents a multi-line value to the column where it is placed', () => {
    const body = 'first();\nsecond();';
    expect(code`
      function run() {
        ${body}
      }
    `).toBe('function run() {\n  first();\n  second();\n}');
  });

  it('writes an array one item per line and drops lines holding only an empty value', () => {
    expect(code`
      start
        ${['a', 'b']}
        ${false}
        ${[]}
      end
    `).toBe('start\n  a\n  b\nend');
  });

  it('keeps an empty value inside a line from removing the line', () => {
    expect(code`call(${''})`).toBe('call()');
  });
});

describe('quote', () => {
  it('prefers single quotes, as Prettier does', () => {
    expect(quote('plain')).toBe("'plain'");
    expect(quote("it's")).toBe(`"it's"`);
    expect(quote(`it's "x"`)).toBe(`'it\\'s "x"'`);
  });
});

describe('withArticle', () => {
  it('chooses a or an', () => {
    expect(withArticle('appointment')).toBe('an appointment');
    expect(withArticle('patient')).toBe('a patient');
  });
});
