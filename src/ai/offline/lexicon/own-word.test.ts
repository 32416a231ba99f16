import { describe, expect, it } from 'vitest';
import { namesEntityItself } from './index.js';

describe('namesEntityItself', () => {
  it('accepts the entity’s own name, singular or plural', () => {
    expect(namesEntityItself('Room', 'rooms')).toBe(true);
    expect(namesEntityItself('Room', 'Room')).toBe(true);
    expect(namesEntityItself('LabTest', 'lab tests')).toBe(true);
  });

  it('accepts the own name narrowed by words before it', () => {
    expect(namesEntityItself('Card', 'debit cards')).toBe(true);
    expect(namesEntityItself('Room', 'meeting rooms')).toBe(true);
  });

  it('rejects an alias that names something else in the person’s words', () => {
    expect(namesEntityItself('Classroom', 'rooms')).toBe(false);
    expect(namesEntityItself('Teacher', 'tutors')).toBe(false);
    expect(namesEntityItself('Course', 'subjects')).toBe(false);
  });

  it('counts every Arabic form as the entity’s own', () => {
    expect(namesEntityItself('Classroom', 'القاعات')).toBe(true);
  });
});
