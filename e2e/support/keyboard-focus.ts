/**
 * Moving through a page with Tab and Shift+Tab as a keyboard user does, and reading what has focus and
 * whether it shows that it has.
 * @module
 */
import type { Locator, Page } from 'playwright-core';

/** What has focus, described for a failure message; `indicated` is whether a focus mark is drawn. */
export interface FocusedControl {
  description: string;
  indicated: boolean;
}

/**
 * The focused element of the page (an iframe's content counts as the iframe), or null when nothing but
 * the body has focus. A focus mark is an outline or a box shadow on the element or, for a control that
 * draws it around its box (a message box), on an ancestor that matches :focus-within.
 */
export function focusedControl(page: Page): Promise<FocusedControl | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const outlined = (node: Element) => {
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    };
    // A box shadow counts on the element itself only: cards and inputs carry one at rest too.
    let indicated = outlined(element) || getComputedStyle(element).boxShadow !== 'none';
    for (let node = element.parentElement; !indicated && node && node !== document.body;) {
      indicated = outlined(node);
      node = node.parentElement;
    }
    const name =
      element.getAttribute('aria-label') ??
      element.getAttribute('title') ??
      (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const role = element.getAttribute('role');
    return {
      description: `<${element.tagName.toLowerCase()}${role ? ` role=${role}` : ''}> "${name}"`,
      indicated: element.tagName === 'IFRAME' || indicated,
    };
  });
}

/** Whether `target` is the page's focused element. */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

export interface TabWalk {
  /** Every control focus stopped on, the target last. */
  passed: FocusedControl[];
}

/**
 * Presses Tab (Shift+Tab when `backward`) until `target` has focus, at most `maxPresses` times, and
 * returns what focus stopped on along the way. Throws, naming the controls passed, if it never arrives.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backward = false, maxPresses = 60 }: { backward?: boolean; maxPresses?: number } = {},
): Promise<TabWalk> {
  await target.waitFor();
  const passed: FocusedControl[] = [];
  if (await isFocused(target)) return { passed };
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
    const focused = await focusedControl(page);
    if (focused) passed.push(focused);
    if (await isFocused(target)) return { passed };
  }
  const path = passed.map((control) => control.description).join(' → ');
  throw new Error(`${backward ? 'Shift+Tab' : 'Tab'} never reached the target; it passed: ${path}`);
}

/** The controls among `walk` that had focus without showing it. */
export function unmarkedControls(walk: TabWalk): string[] {
  return walk.passed.filter((control) => !control.indicated).map((control) => control.description);
}

/** The focused element itself, to tell whether a key press has moved focus yet. */
function activeElement(page: Page) {
  return page.evaluateHandle(() => document.activeElement);
}

/**
 * Presses `key` until `target` has focus (arrow keys in a menu or a tab list), at most `maxPresses` times.
 * After each press it waits for focus to move: a menu that has just opened may move it a frame later, and
 * pressing again before that would count one step twice or skip the target.
 */
export async function pressUntilFocused(
  page: Page,
  key: string,
  target: Locator,
  maxPresses = 20,
): Promise<void> {
  await target.waitFor();
  const seen: string[] = [];
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await isFocused(target)) return;
    const before = await activeElement(page);
    await page.keyboard.press(key);
    await page
      .waitForFunction((previous) => document.activeElement !== previous, before, { timeout: 1_000 })
      .catch(() => undefined);
    await before.dispose();
    seen.push((await focusedControl(page))?.description ?? 'nothing');
  }
  if (!(await isFocused(target))) {
    throw new Error(`${key} never moved focus to the target; focus went through: ${seen.join(', ')}`);
  }
}
