/**
 * Whether a page fits its viewport: no sideways scrolling of the document, and controls not pushed out
 * of view or cut off by a box that hides its overflow.
 * @module
 */
import type { Locator, Page } from 'playwright-core';

/** How wide the document is against the viewport; it fits when `scrollWidth <= innerWidth`. */
export function documentWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
    innerWidth: window.innerWidth,
  }));
}

/**
 * Why `control` is not wholly visible, or null when it is: scrolled (the document only, vertically)
 * into view, it must lie inside the viewport, inside every ancestor that clips it, and be what the
 * browser finds at its centre (not covered by a sticky header or an overlay).
 */
export async function whyNotVisible(control: Locator): Promise<string | null> {
  await control.waitFor();
  return control.evaluate((element) => {
    const box = () => element.getBoundingClientRect();
    const before = box();
    // Only the document scrolls here: a box that must be scrolled sideways to reveal it does not count.
    window.scrollBy(0, before.top - window.innerHeight / 2 + before.height / 2);
    const rect = box();
    const name = (node: Element) =>
      `<${node.tagName.toLowerCase()} class="${(node.getAttribute('class') ?? '').slice(0, 60)}">`;
    if (rect.width === 0 || rect.height === 0) return 'it has no size';
    const tolerance = 0.5;
    if (rect.left < -tolerance || rect.right > window.innerWidth + tolerance) {
      return `it spans x ${Math.round(rect.left)}..${Math.round(rect.right)}, the viewport 0..${window.innerWidth}`;
    }
    if (rect.top < -tolerance || rect.bottom > window.innerHeight + tolerance) {
      return `it spans y ${Math.round(rect.top)}..${Math.round(rect.bottom)}, the viewport 0..${window.innerHeight}`;
    }
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      const clip = node.getBoundingClientRect();
      const clipsX = style.overflowX !== 'visible';
      const clipsY = style.overflowY !== 'visible';
      if (clipsX && (rect.left < clip.left - tolerance || rect.right > clip.right + tolerance)) {
        return `${name(node)} cuts it off sideways`;
      }
      if (clipsY && (rect.top < clip.top - tolerance || rect.bottom > clip.bottom + tolerance)) {
        return `${name(node)} cuts it off vertically`;
      }
    }
    const found = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    if (found && found !== element && !element.contains(found)) return `${name(found)} covers it`;
    return null;
  });
}

/**
 * Every rendered control in the page's header and main area that sticks out of the viewport sideways,
 * or is cut off by an ancestor that hides its overflow (a scrolling box is fine: scrolling reveals it).
 */
export function controlsCutOffSideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'button, a[href], input:not([type=hidden]), select, textarea, [role=tab], [role=combobox], [tabindex="0"]';
    const found: string[] = [];
    for (const element of document.querySelectorAll(`header :is(${selector}), main :is(${selector})`)) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      const label =
        element.getAttribute('aria-label') ??
        (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      let scrolled = false;
      let problem: string | null = null;
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX === 'visible') continue;
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
          scrolled = true;
          break;
        }
        const clip = node.getBoundingClientRect();
        if (rect.left < clip.left - 0.5 || rect.right > clip.right + 0.5) {
          problem = `cut off by <${node.tagName.toLowerCase()} class="${node.getAttribute('class') ?? ''}">`;
          break;
        }
      }
      if (!problem && !scrolled && (rect.left < -0.5 || rect.right > window.innerWidth + 0.5)) {
        problem = `at x ${Math.round(rect.left)}..${Math.round(rect.right)} of ${window.innerWidth}`;
      }
      if (problem) found.push(`<${element.tagName.toLowerCase()}> "${label}": ${problem}`);
    }
    return found;
  });
}
