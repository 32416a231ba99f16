import { describe, expect, it } from 'vitest';
import { prefersHtml } from './accept-preference.js';

describe('prefersHtml', () => {
  it("is true for a browser's navigation Accept header", () => {
    expect(prefersHtml('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe(true);
  });

  it('is false for JSON, problem+json, */* and no header at all', () => {
    expect(prefersHtml('application/json')).toBe(false);
    expect(prefersHtml('application/problem+json')).toBe(false);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml(undefined)).toBe(false);
  });

  it('follows the q values when both are listed', () => {
    expect(prefersHtml('text/html;q=0.5, application/json')).toBe(false);
    expect(prefersHtml('application/json;q=0.4, text/html')).toBe(true);
  });

  it('does not count text/html;q=0 as wanted', () => {
    expect(prefersHtml('text/html;q=0')).toBe(false);
  });
});
