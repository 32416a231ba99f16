import { describe, expect, it } from 'vitest';
import { LineSplitter, MAX_LINE_CHARS } from './line-splitter.js';

describe('LineSplitter', () => {
  it('returns complete lines and keeps the rest for the next chunk', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('a\nb')).toEqual(['a']);
    expect(splitter.push('c\r\n\n')).toEqual(['bc', '']);
    expect(splitter.flush()).toEqual([]);
  });

  it('does not mangle a character split across chunks', () => {
    const splitter = new LineSplitter();
    const bytes = Buffer.from('مرحبا\n');
    expect(splitter.push(bytes.subarray(0, 3))).toEqual([]);
    expect(splitter.push(bytes.subarray(3))).toEqual(['مرحبا']);
  });

  it('hands over the unfinished last line on flush', () => {
    const splitter = new LineSplitter();
    splitter.push('tail');
    expect(splitter.flush()).toEqual(['tail']);
    expect(splitter.flush()).toEqual([]);
  });

  it('cuts a line that never ends into pieces of the maximum length', () => {
    const splitter = new LineSplitter();
    const lines = splitter.push('x'.repeat(MAX_LINE_CHARS * 2 + 5));
    expect(lines.map((line) => line.length)).toEqual([MAX_LINE_CHARS, MAX_LINE_CHARS]);
    expect(splitter.flush()).toEqual(['xxxxx']);
  });
});
