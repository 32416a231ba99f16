import { describe, expect, it } from 'vitest';
import { TenantSlug } from '../../../contracts/index.js';
import { firstFreeSlug, randomSlug, slugBaseOf } from './slug.js';

describe('tenant slugs', () => {
  it.each([
    ['Riyadh Clinic', 'riyadh-clinic'],
    ['  King Faisal   Specialist Hospital!! ', 'king-faisal-specialist-hospital'],
    ['Société Générale', 'societe-generale'],
    ['Bank 42 — Retail', 'bank-42-retail'],
    ['مستشفى Riyadh', 'riyadh'],
  ])('makes %j into %j', (name, slug) => {
    expect(slugBaseOf(name)).toBe(slug);
    expect(TenantSlug.safeParse(slug).success).toBe(true);
  });

  it.each(['مستشفى الملك فيصل', '銀行', '2024', 'A'])('has no slug to suggest for %j', (name) => {
    expect(slugBaseOf(name)).toBeNull();
  });

  it('keeps long names within the slug limit, room left for a suffix, with no trailing hyphen', () => {
    const slug = slugBaseOf(`${'abcdefghi '.repeat(4)}tail`)!;
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).not.toMatch(/-$/);
    expect(TenantSlug.safeParse(`${slug}-99`).success).toBe(true);
  });

  it('makes random slugs of the form org-xxxxxx that pass the contract', () => {
    let n = 0;
    const slug = randomSlug(() => n++ % 36);
    expect(slug).toBe('org-abcdef');
    expect(randomSlug(() => 35)).toBe('org-999999');
    expect(TenantSlug.safeParse(slug).success).toBe(true);
  });

  it('takes the first free numbered variant', () => {
    expect(firstFreeSlug('clinic', new Set())).toBe('clinic');
    expect(firstFreeSlug('clinic', new Set(['clinic']))).toBe('clinic-2');
    expect(firstFreeSlug('clinic', new Set(['clinic', 'clinic-2', 'clinic-4']))).toBe('clinic-3');
  });
});
