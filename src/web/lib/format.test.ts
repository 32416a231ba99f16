import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format.js';

const RLI = '\u2067';
const LRI = '\u2066';
const PDI = '\u2069';
// Noon UTC is the 27th in every time zone from UTC-11 to UTC+11, wherever the test runs.
const NOON = '2026-11-27T12:00:00.000Z';

/** The text inside one isolate, or a failure when the value is not exactly one isolate. */
function inside(value: string, open: string): string {
  expect(value.startsWith(open), `${JSON.stringify(value)} opens with the isolate`).toBe(true);
  expect(value.endsWith(PDI), `${JSON.stringify(value)} closes the isolate`).toBe(true);
  const body = value.slice(open.length, -PDI.length);
  expect(body).not.toMatch(/[\u2066-\u2069]/);
  return body;
}

describe('dates for a right-to-left page', () => {
  it('isolates an Arabic date right to left, in Arabic order (day, month, year) with Latin digits', () => {
    for (const value of [formatDate(NOON, 'ar'), formatDateTime(NOON, 'ar')]) {
      const body = inside(value, RLI);
      expect(body).not.toMatch(/[\u0660-\u0669]/);
      const [day, month, year] = body.match(/\d+/g) ?? [];
      expect([day, month, year]).toEqual(['27', '11', '2026']);
    }
  });

  it("keeps Intl's own Arabic text inside the isolate, right-to-left marks included", () => {
    const intl = new Intl.DateTimeFormat('ar-u-nu-latn', { dateStyle: 'medium' }).format(new Date(NOON));
    expect(inside(formatDate(NOON, 'ar'), RLI)).toBe(intl);
  });

  it('isolates an English date left to right', () => {
    expect(inside(formatDate(NOON, 'en'), LRI)).toBe('27 Nov 2026');
    expect(inside(formatDateTime(NOON, 'en'), LRI)).toMatch(/^27 Nov 2026, \d\d:\d\d$/);
  });

  it('leaves numbers as they were: Latin digits, no isolate', () => {
    expect(formatNumber(1234567, 'ar')).toBe('1,234,567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
});
