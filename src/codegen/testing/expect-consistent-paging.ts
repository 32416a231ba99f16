import { expect } from 'vitest';
import type { PlatformApi } from './api-client.js';

interface Listed {
  id: string;
  createdAt: string;
}

async function listPage(api: PlatformApi, resource: string, query: string) {
  const answer = await api.call('GET', `/api/${resource}?${query}`);
  expect({ query, status: answer.status }).toEqual({ query, status: 200 });
  return { items: answer.body.items as Listed[], total: answer.body.total as number };
}

/**
 * Pages of two, newest and oldest first, against the whole list in one page: the pages neither overlap
 * nor skip a record, keep the list's order, agree on the total, and the order follows `createdAt`.
 * Unfiltered lists are served by prepared queries (limit, offset and owner as parameters), which this
 * walks through every page of.
 */
export async function expectConsistentPaging(api: PlatformApi, resource: string): Promise<void> {
  for (const order of ['desc', 'asc'] as const) {
    const whole = await listPage(api, resource, `pageSize=100&sort=createdAt&order=${order}`);
    expect(whole.total).toBeGreaterThanOrEqual(3);
    const times = whole.items.map((item) => Date.parse(item.createdAt));
    const sorted = [...times].sort((a, b) => (order === 'asc' ? a - b : b - a));
    expect(times).toEqual(sorted);

    const walked: string[] = [];
    for (let page = 1; walked.length < whole.total; page += 1) {
      const part = await listPage(api, resource, `pageSize=2&page=${page}&sort=createdAt&order=${order}`);
      expect(part.total).toBe(whole.total);
      expect(part.items.length).toBeGreaterThan(0);
      walked.push(...part.items.map((item) => item.id));
    }
    expect(walked).toEqual(whole.items.map((item) => item.id));
  }
}
