import { describe, expect, it } from 'vitest';
import { animalCareEvidence } from './animal-care.js';

describe('animalCareEvidence', () => {
  it('names the words that show the care is for animals', () => {
    expect(animalCareEvidence('An equine practice for horses and their riders')).toBe('horses');
    expect(animalCareEvidence('عيادة بيطرية للحيوانات الأليفة')).toBe('بيطرية');
  });

  it('is undefined when people are in care, even beside animals', () => {
    expect(animalCareEvidence('A hospital whose nurses run a therapy dogs programme')).toBeUndefined();
    expect(animalCareEvidence('A clinic for patients with doctors and appointments')).toBeUndefined();
  });

  it('treats an animal hospital as animal care', () => {
    expect(animalCareEvidence('An animal hospital for cats and dogs')).toBe('animal');
  });
});
