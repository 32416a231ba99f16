import { z } from 'zod';
import { defineEvent, EventRegistry } from './event-registry.js';

// Shared by this module's integration tests: two tenants and a tiny shopping-cart domain.
export const tenantA = '0190f5d2-7c1e-7a3b-9f10-0000000000e1';
export const tenantB = '0190f5d2-7c1e-7a3b-9f10-0000000000e2';

export const ItemAdded = defineEvent(
  'ItemAdded',
  z.strictObject({ sku: z.string().min(1), quantity: z.number().int().positive() }),
  2,
);
export const CartOpened = defineEvent('CartOpened', z.strictObject({ owner: z.string() }));

export function cartRegistry(): EventRegistry {
  return new EventRegistry().register(ItemAdded, CartOpened).addUpcaster({
    // Version 1 had `qty`; version 2 calls it `quantity`.
    type: 'ItemAdded',
    fromVersion: 1,
    upcast: (data) => {
      const { qty, ...rest } = data as { qty: number; sku: string };
      return { ...rest, quantity: qty };
    },
  });
}

export const added = (sku: string, quantity = 1) => ({ type: 'ItemAdded', data: { sku, quantity } });

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true or `ms` pass; integration tests wait on outcomes, never on timings. */
export async function eventually(check: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}
