/**
 * Puts a preview URL in an iframe on a WebNova page, as the factory UI will, and finds the frame.
 * @module
 */
import type { Frame, Page } from 'playwright-core';

/** Adds `<iframe src=previewUrl>` to the page's body and resolves once a frame is on the preview origin. */
export async function framePreview(page: Page, previewUrl: string): Promise<Frame> {
  // Why a refused frame was refused: the browser says so in the console or as a failed request.
  const reasons: string[] = [];
  page.on('console', (message) => reasons.push(message.text()));
  page.on('requestfailed', (request) => reasons.push(`${request.url()}: ${request.failure()?.errorText}`));
  await page.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = 'Platform preview';
    frame.width = '900';
    frame.height = '600';
    document.body.append(frame);
  }, previewUrl);
  const previewOrigin = new URL(previewUrl).origin;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const frames = page.frames();
    const framed = frames.find((candidate) => candidate.url().startsWith(previewOrigin));
    if (framed) return framed;
    // A frame whose load the browser refused (CSP, X-Frame-Options, network checks) shows this page.
    if (frames.some((candidate) => candidate.url().startsWith('chrome-error:'))) {
      throw new Error(`The browser refused to load ${previewUrl} in the frame: ${reasons.join(' | ')}`);
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`No frame reached ${previewOrigin} within 30 s`);
}

/** What a script in `frame` gets when it reaches for its parent's document. */
export function readParentDocument(
  frame: Frame,
): Promise<{ read: true; title: string } | { read: false; errorName: string }> {
  return frame.evaluate(() => {
    try {
      return { read: true as const, title: window.parent.document.title };
    } catch (error) {
      return { read: false as const, errorName: error instanceof Error ? error.name : String(error) };
    }
  });
}

/** The Content Security Policy violations the browser reports on `page` from now on, as it words them. */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  return violations;
}
