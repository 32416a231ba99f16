import { describe, expect, it } from 'vitest';
import { readPartialString } from './partial-string.js';

describe('readPartialString', () => {
  it('returns null until the key and the opening quote have arrived', () => {
    expect(readPartialString('', 'summary')).toBeNull();
    expect(readPartialString('{"summ', 'summary')).toBeNull();
    expect(readPartialString('{"summary": ', 'summary')).toBeNull();
  });

  it('decodes the text as it grows and notices the closing quote', () => {
    expect(readPartialString('{"summary": "A clin', 'summary')).toEqual({ text: 'A clin', complete: false });
    expect(readPartialString('{"summary":"A clinic.", "blueprint": {', 'summary')).toEqual({
      text: 'A clinic.',
      complete: true,
    });
  });

  it('decodes escapes and holds back one that is cut in half', () => {
    expect(readPartialString('{"summary":"say \\"hi\\"\\n', 'summary')?.text).toBe('say "hi"\n');
    expect(readPartialString('{"summary":"line\\', 'summary')?.text).toBe('line');
    expect(readPartialString('{"summary":"\\u06', 'summary')?.text).toBe('');
    expect(readPartialString('{"summary":"\\u0645\\u0631', 'summary')?.text).toBe('مر');
  });

  it('does not mistake a quoted word inside another string for the key', () => {
    const json = '{"note":"the \\"summary\\": \\"no\\"", "summary":"yes"}';
    expect(readPartialString(json, 'summary')).toEqual({ text: 'yes', complete: true });
  });

  it('ignores a key whose value is not a string', () => {
    expect(readPartialString('{"summary": 12', 'summary')).toBeNull();
  });
});
