/**
 * Proof that a stretch of a test used the keyboard alone: every real (trusted) pointer press on the
 * page's own document is counted, across reloads of the page, from the moment the guard is installed.
 * @module
 */
import type { Page } from 'playwright-core';

const COUNTER = '__pointerPresses';

export interface PointerGuard {
  /** How many pointer presses reached the page since the guard was installed. */
  presses(): Promise<number>;
}

export async function guardAgainstPointer(page: Page): Promise<PointerGuard> {
  const install = (counter: string) => {
    const record = (event: Event) => {
      if (!event.isTrusted) return;
      const count = Number(sessionStorage.getItem(counter) ?? '0');
      sessionStorage.setItem(counter, String(count + 1));
    };
    window.addEventListener('pointerdown', record, { capture: true });
    window.addEventListener('mousedown', record, { capture: true });
  };
  await page.addInitScript(install, COUNTER);
  await page.evaluate(install, COUNTER);
  await page.evaluate((counter) => sessionStorage.setItem(counter, '0'), COUNTER);
  return {
    presses: () => page.evaluate((counter) => Number(sessionStorage.getItem(counter) ?? '0'), COUNTER),
  };
}
