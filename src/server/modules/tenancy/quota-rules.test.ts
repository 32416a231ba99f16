import { describe, expect, it } from 'vitest';
import { TierCatalog, TIERS } from '../../../contracts/index.js';
import { quotaExceeded, quotaLimit, quotaPeriod, tierCatalog } from './quota-rules.js';

describe('quota periods', () => {
  it('keys monthly quotas by the UTC calendar month', () => {
    expect(quotaPeriod('ai_tokens_per_month', new Date('2026-01-31T23:59:59.999Z'))).toBe('2026-01');
    expect(quotaPeriod('ai_tokens_per_month', new Date('2026-02-01T00:00:00.000Z'))).toBe('2026-02');
    // 01:30 in Riyadh on 1 March is still February in UTC.
    expect(quotaPeriod('events_per_month', new Date('2026-03-01T01:30:00+03:00'))).toBe('2026-02');
  });

  it('keys counts of what exists as current', () => {
    expect(quotaPeriod('seats', new Date('2026-01-31T23:59:59Z'))).toBe('current');
    expect(quotaPeriod('platforms', new Date('2027-06-01T00:00:00Z'))).toBe('current');
  });
});

describe('quota refusals', () => {
  it('name the quota, the tier, its limit and the tier that lifts it', () => {
    const error = quotaExceeded({ quota: 'seats', tier: 'free', limit: 3, used: 3, requested: 1 });
    expect(error.status).toBe(429);
    expect(error.details).toEqual({ quota: 'seats', tier: 'free', limit: 3, upgradeTo: 'basic' });
    expect(error.message).toMatch(/free tier allows 3 seats/);
    expect(error.message).toMatch(/basic tier allows 10/);
    expect(error.hint).toMatch(/basic tier/);
  });

  it('point past the next tier when the request needs more than it gives', () => {
    const error = quotaExceeded({ quota: 'seats', tier: 'free', limit: 3, used: 3, requested: 20 });
    expect(error.details.upgradeTo).toBe('pro');
  });
});

describe('tier catalog', () => {
  it('lists every tier in order with limits that match the contract', () => {
    const catalog = TierCatalog.parse(tierCatalog());
    expect(catalog.map((entry) => entry.tier)).toEqual([...TIERS]);
    expect(catalog[0]!.limits.seats).toBe(quotaLimit('free', 'seats'));
    expect(catalog.at(-1)!.limits.seats).toBeNull();
  });
});
