import { describe, expect, it } from 'vitest';
import { formatFields, formatTable, Output, shortTime } from './output.js';

function capture() {
  const written = { stdout: '', stderr: '' };
  const streams = {
    stdout: { write: (text: string) => (written.stdout += text) },
    stderr: { write: (text: string) => (written.stderr += text) },
  };
  return { written, streams };
}

describe('formatTable', () => {
  const columns = [
    { header: 'id', value: (row: { id: number; name: string | null }) => row.id },
    { header: 'name', value: (row: { id: number; name: string | null }) => row.name },
  ];

  it('aligns columns under upper-case headers', () => {
    const text = formatTable(
      [
        { id: 1, name: 'riyadh-clinic' },
        { id: 22, name: 'bank' },
      ],
      columns,
    );
    expect(text.split('\n')).toEqual(['ID  NAME', '1   riyadh-clinic', '22  bank']);
  });

  it('shows the empty message instead of a lone header', () => {
    expect(formatTable([], columns, 'No tokens.')).toBe('No tokens.');
  });

  it('shows missing values as a dash and keeps multi-line values on one line', () => {
    const text = formatTable(
      [
        { id: 1, name: null },
        { id: 2, name: 'a\nb' },
      ],
      columns,
    );
    expect(text.split('\n').slice(1)).toEqual(['1   -', '2   a b']);
  });
});

describe('formatFields', () => {
  it('aligns the values after the longest key', () => {
    expect(
      formatFields([
        ['User', 'amal'],
        ['Tenant id', 'x'],
      ]),
    ).toBe('User:      amal\nTenant id: x');
  });
});

describe('Output', () => {
  it('prints exactly one parseable JSON document with --json, ignoring the human form', () => {
    const { written, streams } = capture();
    new Output(true, streams).result({ token: 'wn_secret' }, () => 'human text');
    expect(JSON.parse(written.stdout)).toEqual({ token: 'wn_secret' });
    expect(written.stdout).not.toContain('human text');
  });

  it('prints the human form otherwise, ending in a newline', () => {
    const { written, streams } = capture();
    new Output(false, streams).result({ n: 2 }, ({ n }) => `${n} entries`);
    expect(written.stdout).toBe('2 entries\n');
  });

  it('prints stream records as one line each: NDJSON with --json, flattened text otherwise', () => {
    const json = capture();
    const output = new Output(true, json.streams);
    output.record({ a: 1, text: 'two\nlines' }, () => 'unused');
    output.record({ a: 2 }, () => 'unused');
    const lines = json.written.stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([{ a: 1, text: 'two\nlines' }, { a: 2 }]);
    const human = capture();
    new Output(false, human.streams).record({}, () => 'one\n  two');
    expect(human.written.stdout).toBe('one two\n');
  });

  it('keeps notes off stdout so piped JSON stays valid', () => {
    const { written, streams } = capture();
    new Output(true, streams).note('warming up');
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe('warming up\n');
  });
});

describe('shortTime', () => {
  it('shortens to the minute in UTC and keeps null as null', () => {
    expect(shortTime('2025-03-01T10:20:30.123+03:00')).toBe('2025-03-01 07:20Z');
    expect(shortTime(null)).toBeNull();
  });
});
