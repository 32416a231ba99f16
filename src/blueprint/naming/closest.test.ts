import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, nearest } from './closest.js';

describe('closest matches', () => {
  it('measures edits, ignoring case', () => {
    expect(editDistance('requred', 'required')).toBe(1);
    expect(editDistance('Patient', 'patient')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only plausible typos', () => {
    expect(closestMatch('strng', ['string', 'text', 'integer'])).toBe('string');
    expect(closestMatch('hipaa', ['HIPAA', 'GDPR'])).toBe('HIPAA');
    expect(closestMatch('banana', ['string', 'text'])).toBeUndefined();
    expect(closestMatch('x', [])).toBeUndefined();
  });

  it('finds the nearest candidate whatever the distance', () => {
    expect(nearest('banana', ['bandana', 'text'])).toBe('bandana');
  });
});
