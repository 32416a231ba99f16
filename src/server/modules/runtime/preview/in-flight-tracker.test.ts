import { describe, expect, it } from 'vitest';
import { InFlightTracker } from './in-flight-tracker.js';

const BLUE = 'http://127.0.0.1:4001';
const GREEN = 'http://127.0.0.1:4002';

describe('InFlightTracker', () => {
  it('counts per upstream, and ending a request twice counts once', () => {
    const tracker = new InFlightTracker();
    const first = tracker.begin(BLUE);
    tracker.begin(BLUE);
    tracker.begin(GREEN);

    first();
    first();

    expect(tracker.count(BLUE)).toBe(1);
    expect(tracker.count(GREEN)).toBe(1);
  });

  it('resolves an idle wait at once when nothing is in flight', async () => {
    await expect(new InFlightTracker().waitUntilIdle(BLUE, 10)).resolves.toBe(true);
  });

  it('resolves true when the last request to that upstream ends, whatever the other does', async () => {
    const tracker = new InFlightTracker();
    const blue = tracker.begin(BLUE);
    tracker.begin(GREEN);

    const idle = tracker.waitUntilIdle(BLUE, 60_000);
    blue();

    await expect(idle).resolves.toBe(true);
  });

  it('resolves false when requests are still in flight at the timeout', async () => {
    const tracker = new InFlightTracker();
    tracker.begin(BLUE);

    await expect(tracker.waitUntilIdle(BLUE, 10)).resolves.toBe(false);
  });
});
