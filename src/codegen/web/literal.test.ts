import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { constDeclaration, displayWidth, importStatement, printLiteral, Raw } from './literal.js';

const prettier = (source: string) =>
  format(source, { parser: 'typescript', singleQuote: true, printWidth: 110, trailingComma: 'all' });

describe('printLiteral', () => {
  it('keeps a literal on one line when it fits', () => {
    expect(printLiteral({ en: 'Patient', ar: 'مريض' }, { indent: 0, before: 0, after: 0 })).toBe(
      "{ en: 'Patient', ar: 'مريض' }",
    );
  });

  it('breaks an object that does not fit, one property per line', () => {
    const long = { first: 'a'.repeat(60), second: 'b'.repeat(60) };
    expect(printLiteral(long, { indent: 0, before: 0, after: 0 })).toBe(
      `{\n  first: '${'a'.repeat(60)}',\n  second: '${'b'.repeat(60)}',\n}`,
    );
  });

  it('leaves out undefined properties and quotes keys that are not identifiers', () => {
    expect(printLiteral({ 'lab-results': 1, skipped: undefined }, { indent: 0, before: 0, after: 0 })).toBe(
      "{ 'lab-results': 1 }",
    );
  });

  it('prints code placed as is', () => {
    expect(printLiteral({ schema: new Raw('patientCreateSchema') }, { indent: 0, before: 0, after: 0 })).toBe(
      '{ schema: patientCreateSchema }',
    );
  });

  it.each([
    [
      'an array of objects, which Prettier always breaks',
      [
        { a: 1, b: 2 },
        { a: 3, b: 4 },
      ],
    ],
    [
      'nested data near the width',
      { items: ['x'.repeat(40), 'y'.repeat(40)], label: { en: 'z'.repeat(30) } },
    ],
    ['Arabic text with diacritics', { ar: 'مُرَاجَعَةٌ '.repeat(9), en: 'Review'.repeat(3) }],
    ['quotes inside strings', { text: 'it\'s "quoted"', other: "don't" }],
    ['numbers and booleans', { min: -1.5, max: 1e21, on: true }],
  ])('matches Prettier for %s', async (_name, value) => {
    const source = `${constDeclaration('export const value', value)}\n`;
    expect(source).toBe(await prettier(source));
  });

  it('matches Prettier for forced expansion of a config object', async () => {
    const source = `${constDeclaration('export const config', { a: 1, b: [new Raw('x')] }, true)}\n`;
    expect(source).toBe(await prettier(source));
  });
});

describe('importStatement', () => {
  it('uses one line when it fits and one name per line when not', async () => {
    const short = importStatement(['a', 'type B'], './a.js');
    const long = importStatement(['x'.repeat(40), 'y'.repeat(40), 'z'.repeat(40)], './long.js');
    expect(short).toBe("import { a, type B } from './a.js';");
    expect(long.split('\n')).toHaveLength(5);
    expect(`${short}\n${long}\n`).toBe(await prettier(`${short}\n${long}\n`));
  });
});

describe('displayWidth', () => {
  it('counts combining marks as nothing and wide characters as two', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('مُرَ')).toBe(2);
    expect(displayWidth('日本')).toBe(4);
  });
});
