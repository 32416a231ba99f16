import { describe, expect, it } from 'vitest';
import { parseProcStat, parseRssKb } from './process-group.js';

describe('parseProcStat', () => {
  it('reads state and process group after the command name', () => {
    expect(parseProcStat('4242 (node) S 1 4242 4242 0 -1 4194560')).toEqual({
      pid: 4242,
      state: 'S',
      processGroup: 4242,
    });
  });

  it('copes with spaces and parentheses inside the command name', () => {
    expect(parseProcStat('77 (my (odd) name) Z 5 70 70 0')).toEqual({
      pid: 77,
      state: 'Z',
      processGroup: 70,
    });
  });

  it('rejects text that is not a stat line', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('12 no parentheses')).toBeUndefined();
  });
});

describe('parseRssKb', () => {
  it('reads VmRSS in kB, or 0 when absent', () => {
    expect(parseRssKb('Name:\tnode\nVmRSS:\t   51234 kB\nThreads:\t7\n')).toBe(51_234);
    expect(parseRssKb('Name:\tkthreadd\n')).toBe(0);
  });
});
