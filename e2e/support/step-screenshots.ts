import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface StepScreenshots {
  /** The folder the pictures go to, emptied when the run starts. */
  folder: string;
  /** Saves the page as `<NN>-<name>.png`, numbered in the order taken so the folder reads as the story. */
  take(page: Page, name: string): Promise<string>;
}

export function stepScreenshots(folder: string): StepScreenshots {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let taken = 0;
  return {
    folder,
    async take(page, name) {
      taken += 1;
      const file = path.join(folder, `${String(taken).padStart(2, '0')}-${name}.png`);
      // Park the pointer so no hover highlight lands in the picture.
      await page.mouse.move(0, 0);
      await page.screenshot({ path: file });
      return file;
    },
  };
}
