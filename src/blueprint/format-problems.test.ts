import { describe, expect, it } from 'vitest';
import { formatProblems } from './format-problems.js';

describe('formatProblems', () => {
  it('writes one line per problem: path, message and suggestion', () => {
    const text = formatProblems([
      {
        code: 'unknown_field',
        path: 'entities[0].foo',
        pointer: '/entities/0/foo',
        message: '`foo` is unknown',
        suggestion: 'remove `foo`',
      },
      { code: 'invalid_type', path: '', pointer: '', message: 'must be an object', suggestion: '' },
    ]);
    expect(text).toBe('entities[0].foo: `foo` is unknown (remove `foo`)\n(blueprint): must be an object');
  });

  it('writes nothing for no problems', () => {
    expect(formatProblems([])).toBe('');
  });
});
