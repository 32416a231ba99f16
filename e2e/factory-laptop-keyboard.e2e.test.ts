/**
 * The factory on a 1024 × 768 laptop, by keyboard alone. After signing up (the last pointer press), a
 * person creates and opens a platform, moves between its tabs, chats, reads the Blueprint's views,
 * deploys, sizes the live preview (Mobile, Rotate, a device from the menu, the resize handle) and
 * switches to Arabic, with Tab, Shift+Tab, Enter, Space and the arrow keys; every control focus stops on
 * shows that it has focus. Then every factory screen, in English and light and in Arabic and dark, must
 * fit the laptop: no sideways scrolling, and the main controls wholly in view.
 * Screenshots of every step go to test-results/factory-laptop-keyboard/ (printed at the start).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../src/server/testing/index.js';
import {
  focusedControl,
  isFocused,
  pressUntilFocused,
  tabTo,
  unmarkedControls,
  type TabWalk,
} from './support/keyboard-focus.js';
import { controlsCutOffSideways, documentWidth, whyNotVisible } from './support/layout-fit.js';
import { guardAgainstPointer, type PointerGuard } from './support/pointer-guard.js';
import { newAccount, signUpInBrowser } from './support/sign-up-in-browser.js';
import {
  DEPLOY_TIMEOUT_MS,
  startFactorySession,
  STEP_TIMEOUT_MS,
  type FactorySession,
} from './support/factory-session.js';
import type { StepScreenshots } from './support/step-screenshots.js';

const LAPTOP = { width: 1024, height: 768 };
const DESCRIPTION = 'A clinic in Riyadh: patients, doctors and appointments.';

/** The accessible names the checks find things by, in each language the factory speaks. */
const WORDS = {
  en: {
    mainNav: 'Main navigation',
    workspaceTabs: 'Platform workspace',
    blueprintViews: 'Blueprint views',
    previewToolbar: 'Preview size',
    eventSections: 'Event explorer sections',
    composer: 'Describe your platform',
  },
  ar: {
    mainNav: 'التنقل الرئيسي',
    workspaceTabs: 'مساحة عمل المنصة',
    blueprintViews: 'عروض المخطط',
    previewToolbar: 'حجم المعاينة',
    eventSections: 'أقسام مستكشف الأحداث',
    composer: 'صف منصتك',
  },
} as const;
type Language = keyof typeof WORDS;

describe('the factory on a 1024-px laptop, by keyboard alone, in English and Arabic', () => {
  let server: TestServer;
  let session: FactorySession;
  let page: Page;
  let shots: StepScreenshots;
  let pointer: PointerGuard;
  let platformUrl: string;

  const workspaceTab = (name: string) =>
    page.getByRole('navigation', { name: 'Platform workspace' }).getByRole('link', { name, exact: true });
  // Found by tag, not by title: the title is translated when the factory switches to Arabic.
  const previewFrame = () => page.locator('iframe');
  /** The width the platform's page lays out at (the frame may be shown scaled down to fit). */
  const frameWidth = () => previewFrame().evaluate((frame) => (frame as HTMLIFrameElement).offsetWidth);
  const documentDirection = () => page.evaluate(() => document.documentElement.dir);
  const expectMarked = (walk: TabWalk) => expect(unmarkedControls(walk)).toEqual([]);

  beforeAll(async () => {
    session = await startFactorySession({
      folder: 'factory-laptop-keyboard',
      title: 'Screenshots of the factory on a laptop, by keyboard',
      context: { viewport: LAPTOP, locale: 'en-US', colorScheme: 'light' },
    });
    ({ server, page, shots } = session);
  });

  afterAll(async () => session?.close());

  it('1. signs up, the last time a pointer is used', async () => {
    await signUpInBrowser(page, server.url, newAccount());
    pointer = await guardAgainstPointer(page);
    await page.goto(`${server.url}/platforms`);
    await page.getByRole('heading', { level: 1, name: 'Platforms' }).waitFor();
  });

  it('2. creates a platform from the home with the keyboard, then opens it from its card', async () => {
    const composer = page.getByRole('textbox', { name: 'Describe your platform' });
    expectMarked(await tabTo(page, composer));
    await page.keyboard.type(DESCRIPTION);
    const send = page.getByRole('button', { name: 'Send' });
    expectMarked(await tabTo(page, send));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/platforms\/[0-9a-f-]+\/chat$/);
    platformUrl = page.url().replace(/\/chat$/, '');
    await page.getByRole('heading', { level: 1, name: /clinic/i }).waitFor();

    const back = page.getByRole('link', { name: 'All platforms' });
    expectMarked(await tabTo(page, back, { backward: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Platforms' }).waitFor();
    const card = page.getByRole('link', { name: /^Open .*clinic/i });
    expectMarked(await tabTo(page, card));
    await shots.take(page, 'keyboard-platform-card-focused');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${platformUrl}/chat`);
  });

  it('3. moves between the workspace tabs with the arrow keys and follows one with Enter', async () => {
    expectMarked(await tabTo(page, workspaceTab('Chat')));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => isFocused(workspaceTab('Blueprint'))).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => isFocused(workspaceTab('Code'))).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => isFocused(workspaceTab('Chat'))).toBe(true);
    // Backwards from the first tab wraps round to the last.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => isFocused(workspaceTab('Deployments'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${platformUrl}/deployments`);
    await expect.poll(() => workspaceTab('Deployments').getAttribute('aria-current')).toBe('page');
    await expect(focusedControl(page)).resolves.toMatchObject({ indicated: true });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => isFocused(workspaceTab('Chat'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${platformUrl}/chat`);
  });

  it('4. types and sends a chat message', async () => {
    const composer = page.getByRole('textbox', { name: 'Describe your platform' });
    expectMarked(await tabTo(page, composer));
    await page.keyboard.type('add prescriptions');
    expectMarked(await tabTo(page, page.getByRole('button', { name: 'Send' })));
    await page.keyboard.press('Space');
    await page
      .getByRole('list', { name: 'Messages' })
      .getByRole('listitem')
      .filter({ hasText: 'Version 2' })
      .getByText('current', { exact: true })
      .waitFor();
    await shots.take(page, 'keyboard-chat-version-2');
  });

  it('5. opens the Blueprint tab and walks through its views with the arrow keys', async () => {
    expectMarked(await tabTo(page, workspaceTab('Chat'), { backward: true }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${platformUrl}/blueprint`);
    const views = page.getByRole('tablist', { name: 'Blueprint views' });
    const entities = views.getByRole('tab', { name: 'Entities' });
    expectMarked(await tabTo(page, entities));
    await expect(entities.getAttribute('aria-selected')).resolves.toBe('true');
    for (const name of ['Relations', 'Permissions', 'Compliance', 'JSON', 'Compare', 'Edit']) {
      await page.keyboard.press('ArrowRight');
      const view = views.getByRole('tab', { name });
      // On failure, says what has focus instead.
      const focusOnView = async () => (await isFocused(view)) || (await focusedControl(page))?.description;
      await expect.poll(focusOnView, { message: `focus on the ${name} view` }).toBe(true);
      await expect.poll(() => view.getAttribute('aria-selected')).toBe('true');
      await page.getByRole('tabpanel', { name }).waitFor();
    }
    await page.keyboard.press('Home');
    await expect.poll(() => isFocused(entities)).toBe(true);
    await expect.poll(() => entities.getAttribute('aria-selected')).toBe('true');
    await page.getByRole('heading', { level: 2, name: /^Patient\b/ }).waitFor();
    await shots.take(page, 'keyboard-blueprint-entities');
  });

  it(
    '6. deploys from the Preview tab with the keyboard',
    async () => {
      expectMarked(await tabTo(page, workspaceTab('Blueprint'), { backward: true }));
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => isFocused(workspaceTab('Preview'))).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${platformUrl}/preview`);
      expectMarked(await tabTo(page, page.getByRole('button', { name: 'Deploy' })));
      await page.keyboard.press('Enter');
      await page.getByText(/^Showing version \d+$/).waitFor({ timeout: DEPLOY_TIMEOUT_MS });
      await previewFrame().contentFrame().getByRole('button', { name: 'Sign in' }).waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it('7. sizes the preview from its toolbar: Mobile, Rotate and a device from the menu', async () => {
    const toolbar = page.getByRole('toolbar', { name: 'Preview size' });
    const mobile = toolbar.getByRole('button', { name: 'Mobile' });
    expectMarked(await tabTo(page, mobile));
    await shots.take(page, 'keyboard-mobile-focused');
    await page.keyboard.press('Space');
    await expect(mobile.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(frameWidth).toBe(375);

    const rotate = toolbar.getByRole('button', { name: 'Rotate' });
    expectMarked(await tabTo(page, rotate));
    await page.keyboard.press('Enter');
    await expect.poll(frameWidth).toBe(812);

    const presets = toolbar.getByRole('button', { name: 'More devices' });
    expectMarked(await tabTo(page, presets, { backward: true }));
    await page.keyboard.press('Enter');
    // From the first device down, whichever item the menu focused on opening.
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Home');
    const pixel = page.getByRole('menuitemradio', { name: /Pixel 8/ });
    await pressUntilFocused(page, 'ArrowDown', pixel);
    await shots.take(page, 'keyboard-presets-menu');
    await page.keyboard.press('Enter');
    await expect.poll(frameWidth).toBe(412);
    await expect(page.getByRole('menu').count()).resolves.toBe(0);
    // The menu gives focus back to the button that opened it.
    await expect.poll(() => isFocused(presets)).toBe(true);
  });

  it('8. resizes the preview with the arrow keys on the resize handle', async () => {
    const handle = page.getByRole('separator', { name: 'Preview width' });
    expectMarked(await tabTo(page, handle));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('432');
    await expect.poll(frameWidth).toBe(432);
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('382');
    await expect.poll(frameWidth).toBe(382);
    await shots.take(page, 'keyboard-resized-382');
  });

  it('9. switches the factory to Arabic from the language menu', async () => {
    const language = page.getByRole('button', { name: 'Language' });
    expectMarked(await tabTo(page, language, { backward: true }));
    await page.keyboard.press('Enter');
    await pressUntilFocused(page, 'ArrowDown', page.getByRole('menuitemradio', { name: 'العربية' }));
    await page.keyboard.press('Enter');
    await expect.poll(documentDirection).toBe('rtl');
    await expect.poll(() => isFocused(language)).toBe(true);
    // The preview kept its size through the switch.
    await expect.poll(frameWidth).toBe(382);
    await shots.take(page, 'keyboard-arabic');
  });

  it('10. did all of that without a single pointer press', async () => {
    await expect(pointer.presses()).resolves.toBe(0);
  });

  /** Checks the screen in view: nothing scrolls sideways, and each of `controls` is wholly visible. */
  async function expectFits(screen: string, controls: Locator[]): Promise<void> {
    const { scrollWidth, innerWidth } = await documentWidth(page);
    expect(scrollWidth, `${screen}: the document scrolls sideways`).toBeLessThanOrEqual(innerWidth);
    expect(await controlsCutOffSideways(page), `${screen}: controls cut off`).toEqual([]);
    const problems: string[] = [];
    // A table may scroll sideways, but the controls of its rows must not need that to be seen.
    const firstRowControls = page.getByRole('main').locator('tbody > tr:first-child :is(button, a[href])');
    for (const group of [...controls, firstRowControls]) {
      for (const control of await group.all()) {
        const problem = await whyNotVisible(control);
        if (problem) problems.push(`${await control.evaluate((e) => e.outerHTML.slice(0, 120))}: ${problem}`);
      }
    }
    expect(problems, `${screen}: main controls not wholly visible`).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shots.take(page, screen);
  }

  async function visitEveryScreen(language: Language, theme: 'light' | 'dark'): Promise<void> {
    const words = WORDS[language];
    await page.evaluate(
      ({ language, theme }) => {
        localStorage.setItem('webnova.language', language);
        localStorage.setItem('webnova.theme', theme);
      },
      { language, theme },
    );
    const prefix = `${language}-${theme}`;
    const frame = [
      page.locator('header').getByRole('button'),
      page.getByRole('navigation', { name: words.mainNav }).getByRole('link'),
      page.getByRole('heading', { level: 1 }),
    ];
    const tabs = page.getByRole('navigation', { name: words.workspaceTabs }).getByRole('link');

    await page.goto(`${server.url}/platforms`);
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe(
      language === 'ar' ? 'rtl' : 'ltr',
    );
    await page
      .getByRole('main')
      .getByRole('link', { name: /clinic/i })
      .waitFor();
    await expectFits(`${prefix}-platforms-home`, [
      ...frame,
      page.getByRole('main').getByRole('button'),
      page.getByRole('main').getByRole('combobox'),
      page.getByRole('main').getByRole('textbox'),
    ]);

    await page.goto(`${platformUrl}/chat`);
    const composer = page.getByRole('textbox', { name: words.composer });
    await composer.waitFor();
    await expectFits(`${prefix}-workspace-chat`, [...frame, tabs, composer]);

    await page.goto(`${platformUrl}/blueprint`);
    const views = page.getByRole('tablist', { name: words.blueprintViews }).getByRole('tab');
    await views.first().waitFor();
    for (let index = 0; index < (await views.count()); index += 1) {
      const view = views.nth(index);
      await view.click();
      await expect.poll(() => view.getAttribute('aria-selected')).toBe('true');
      await page.getByRole('tabpanel').waitFor();
      const id = (await view.getAttribute('id'))?.replace(/^.*-trigger-/, '') ?? String(index);
      await expectFits(`${prefix}-blueprint-${id}`, [...frame, tabs, views]);
    }

    await page.goto(`${platformUrl}/code`);
    await page
      .getByRole('main')
      .getByRole('tree')
      .or(page.getByRole('main').locator('nav'))
      .first()
      .waitFor();
    await expectFits(`${prefix}-workspace-code`, [
      ...frame,
      tabs,
      page.getByRole('main').getByRole('textbox'),
    ]);

    await page.goto(`${platformUrl}/preview`);
    const toolbar = page.getByRole('toolbar', { name: words.previewToolbar });
    await toolbar.waitFor();
    await page.locator('iframe').waitFor();
    await expectFits(`${prefix}-workspace-preview`, [
      ...frame,
      tabs,
      toolbar.getByRole('button'),
      toolbar.getByRole('link'),
    ]);

    await page.goto(`${platformUrl}/deployments`);
    await page.getByRole('main').getByRole('button').first().waitFor();
    await expectFits(`${prefix}-workspace-deployments`, [...frame, tabs]);

    await page.goto(`${server.url}/events`);
    const sections = page.getByRole('tablist', { name: words.eventSections }).getByRole('tab');
    await sections.first().waitFor();
    await expectFits(`${prefix}-events`, [...frame, sections, page.getByRole('main').getByRole('textbox')]);
  }

  it('11. fits every factory screen on the laptop in English and light', async () => {
    await visitEveryScreen('en', 'light');
  });

  it('12. fits every factory screen on the laptop in Arabic and dark', async () => {
    await visitEveryScreen('ar', 'dark');
    expect(session.pageErrors).toEqual([]);
  });
});
