import { describe, expect, it } from 'vitest';
import { fitOrBreak, importStatement, methodChain, objectLiteral } from './layout.js';

describe('fitOrBreak', () => {
  it('keeps a short list on one line', () => {
    expect(fitOrBreak('[', ['a', 'b'], ']', 0, ';')).toBe('[a, b];');
  });

  it('breaks a list that would pass column 110, one item per line with trailing commas', () => {
    const items = Array.from({ length: 12 }, (_, index) => `'item-number-${index}'`);
    expect(fitOrBreak('[', items, ']', 4)).toBe(`[\n${items.map((item) => `  ${item},`).join('\n')}\n]`);
  });

  it('counts the column it is placed at', () => {
    const entries = [['name', `'${'x'.repeat(90)}'`]] as const;
    expect(objectLiteral(entries, 0)).not.toContain('\n');
    expect(objectLiteral(entries, 20)).toContain('\n');
  });

  it('writes empty lists compactly', () => {
    expect(objectLiteral([], 0, ',')).toBe('{},');
  });
});

describe('importStatement', () => {
  it('breaks long imports as Prettier does', () => {
    const names = [
      'alpha',
      'bravo',
      'charlie',
      'delta',
      'echo',
      'foxtrot',
      'golf',
      'hotel',
      'india',
      'juliet',
    ];
    expect(importStatement(names, './support/samples.js')).toBe(
      `import {\n${names.map((name) => `  ${name},`).join('\n')}\n} from './support/samples.js';`,
    );
    expect(importStatement(['a'], 'x')).toBe(`import { a } from 'x';`);
  });
});

describe('methodChain', () => {
  const reference = "references((): AnyPgColumn => departments.id, { onDelete: 'set null' })";

  it('keeps a chain that fits on one line', () => {
    expect(methodChain("uuid('department_id')", [reference], 4, ',')).toBe(
      `uuid('department_id').${reference},`,
    );
  });

  it('expands the last object argument of a single call that does not fit, as Prettier does', () => {
    expect(methodChain("uuid('department_id')", [reference], 20, ',')).toBe(
      "uuid('department_id').references((): AnyPgColumn => departments.id, {\n  onDelete: 'set null',\n}),",
    );
  });

  it('breaks a longer chain one call per line', () => {
    expect(methodChain("uuid('department_id')", ['notNull()', reference], 4, ',')).toBe(
      `uuid('department_id')\n  .notNull()\n  .${reference},`,
    );
  });
});
