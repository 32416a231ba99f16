/**
 * What a browser test of the factory starts from: WebNova built for production and running with the
 * offline analyzer (as a WebNova without an AI key runs it, not the scripted test provider), Chromium
 * with one page, the page's uncaught errors collected, and a folder for step screenshots.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../src/server/testing/index.js';
import { buildWebIfStale } from './build-web.js';
import { launchBrowser } from './launch-browser.js';
import { stepScreenshots, type StepScreenshots } from './step-screenshots.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Generating, building and starting a platform: well under a minute here, with room for a slow machine. */
export const DEPLOY_TIMEOUT_MS = 150_000;
export const STEP_TIMEOUT_MS = DEPLOY_TIMEOUT_MS + 60_000;

export interface FactorySession {
  server: TestServer;
  browser: Browser;
  page: Page;
  shots: StepScreenshots;
  pageErrors: string[];
  close(): Promise<void>;
}

export async function startFactorySession(options: {
  /** The screenshots' folder under test-results/, printed with `title`. */
  folder: string;
  title: string;
  context: BrowserContextOptions;
}): Promise<FactorySession> {
  const shots = stepScreenshots(path.join(ROOT, 'test-results', options.folder));
  console.log(`${options.title}: ${shots.folder}`);
  await buildWebIfStale();
  const server = await startTestServer('pglite', { WEBNOVA_AI_PROVIDER: 'offline' }, undefined, {
    providers: 'configured',
  });
  const browser = await launchBrowser();
  const page = await (await browser.newContext(options.context)).newPage();
  page.setDefaultTimeout(30_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    server,
    browser,
    page,
    shots,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
