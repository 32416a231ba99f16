/**
 * The factory's whole journey in Chromium, each step through the UI as a person takes it: sign up,
 * describe a clinic in the chat, read its Blueprint, deploy it, create a patient inside the framed
 * preview, try the preview at phone size and rotated, read the factory in Arabic, ask for prescriptions
 * and watch the preview follow the new version, then restore the first version.
 * Screenshots of every step go to test-results/factory-journey/ (printed at the start).
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../src/server/testing/index.js';
import { signInToPreview, type PlatformAdministrator } from './support/sign-in-to-preview.js';
import { newAccount, signUpInBrowser } from './support/sign-up-in-browser.js';
import {
  DEPLOY_TIMEOUT_MS,
  startFactorySession,
  STEP_TIMEOUT_MS,
  type FactorySession,
} from './support/factory-session.js';
import type { StepScreenshots } from './support/step-screenshots.js';

const DESCRIPTION =
  'A clinic in Riyadh: patients, doctors and appointments, with visit notes only doctors can read.';
const PATIENT = { name: 'Noura Al-Harbi', nationalId: '1098765432' };

describe('the factory journey: describe, read, preview, revise, restore', () => {
  let server: TestServer;
  let session: FactorySession;
  let page: Page;
  let shots: StepScreenshots;
  let platformUrl: string;
  let administrator: PlatformAdministrator;

  const tab = (name: 'Chat' | 'Blueprint' | 'Preview') =>
    page.getByRole('navigation', { name: 'Platform workspace' }).getByRole('link', { name, exact: true });
  const previewFrame = (): FrameLocator => page.getByTitle('Live preview of the platform').contentFrame();
  const chatTurn = (version: number): Locator =>
    page
      .getByRole('list', { name: 'Messages' })
      .getByRole('listitem')
      .filter({ hasText: `Version ${version}` });

  beforeAll(async () => {
    session = await startFactorySession({
      folder: 'factory-journey',
      title: 'Screenshots of the factory journey',
      context: { viewport: { width: 1280, height: 900 }, locale: 'en-US' },
    });
    ({ server, page, shots } = session);
  });

  afterAll(async () => session?.close());

  it('1. signs up', async () => {
    await signUpInBrowser(page, server.url, newAccount());
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).resolves.toBe(true);
    await shots.take(page, 'signed-up');
  });

  it('2. describes a clinic platform in the chat', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Platforms' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Platforms' }).waitFor();
    await page.getByLabel('Describe your platform').fill(DESCRIPTION);
    await shots.take(page, 'describing-the-clinic');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/\/platforms\/[0-9a-f-]+\/chat$/);
    platformUrl = page.url().replace(/\/chat$/, '');
    await page.getByRole('heading', { level: 1, name: /clinic/i }).waitFor();
    // The first reply made version 1 and says so in its turn.
    await chatTurn(1).getByText('First draft of the Blueprint.').waitFor();
    await expect(page.getByRole('list', { name: 'Messages' }).textContent()).resolves.toContain(DESCRIPTION);
    await shots.take(page, 'first-reply-version-1');
  });

  it('3. shows the Blueprint with patients, doctors and appointments', async () => {
    await tab('Blueprint').click();
    for (const entity of ['Patient', 'Doctor', 'Appointment']) {
      await page.getByRole('heading', { level: 2, name: new RegExp(`^${entity}\\b`) }).waitFor();
    }
    const fields = page.getByRole('table', { name: 'Fields of Patient' });
    await fields.getByRole('row').filter({ hasText: 'fullName' }).waitFor();
    await shots.take(page, 'blueprint-entities');
  });

  it(
    '4. deploys from the preview tab and shows the live preview',
    async () => {
      await tab('Preview').click();
      await page.getByRole('button', { name: 'Deploy' }).click();
      await page.getByRole('progressbar', { name: 'Deployment progress' }).waitFor();
      await shots.take(page, 'deploying');
      await page.getByText('Showing version 1').waitFor({ timeout: DEPLOY_TIMEOUT_MS });
      await previewFrame().getByRole('button', { name: 'Sign in' }).waitFor();
      await shots.take(page, 'live-preview');
    },
    STEP_TIMEOUT_MS,
  );

  it('5. signs in to the platform inside the preview and creates a patient', async () => {
    const login = page.getByRole('region', { name: 'Administrator login' });
    await login.getByRole('button', { name: 'Reveal' }).click();
    const values = login.getByRole('definition');
    await values.nth(1).waitFor();
    administrator = {
      email: (await values.nth(0).locator('code').textContent()) ?? '',
      password: (await values.nth(1).locator('code').textContent()) ?? '',
    };
    expect(administrator.email).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(administrator.password.length).toBeGreaterThanOrEqual(12);

    const frame = previewFrame();
    const menu = await signInToPreview(frame, administrator);
    await menu.getByRole('link', { name: 'Patients' }).click();
    await frame.getByRole('link', { name: 'New Patient' }).click();
    await frame.getByLabel('Full name').fill(PATIENT.name);
    await frame.getByLabel('National ID').fill(PATIENT.nationalId);
    await frame.getByRole('button', { name: 'Save' }).click();
    await frame.getByRole('heading', { level: 1, name: PATIENT.name }).waitFor();
    await frame.getByRole('link', { name: 'Back to Patients' }).click();
    const row = frame.getByRole('row').filter({ hasText: PATIENT.name });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(PATIENT.nationalId);
    await shots.take(page, 'patient-created-in-the-preview');
  });

  it('6. shows the preview 375 px wide on Mobile, and wide once rotated', async () => {
    const iframe = page.getByTitle('Live preview of the platform');
    const frameWidth = () =>
      previewFrame()
        .locator(':root')
        .evaluate(() => window.innerWidth);
    await page.getByRole('button', { name: 'Mobile' }).click();
    await expect(page.getByRole('button', { name: 'Mobile' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await expect.poll(async () => (await iframe.boundingBox())?.width).toBe(375);
    await expect.poll(frameWidth).toBe(375);
    await shots.take(page, 'mobile-375');

    await page.getByRole('button', { name: 'Rotate' }).click();
    await expect
      .poll(async () => {
        const box = await iframe.boundingBox();
        return box ? box.width > box.height : false;
      })
      .toBe(true);
    await expect.poll(frameWidth).toBeGreaterThan(375);
    await shots.take(page, 'mobile-rotated');
  });

  it('7. reads the factory in Arabic, right to left', async () => {
    const documentLanguage = () =>
      page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitemradio', { name: 'العربية' }).click();
    await expect.poll(documentLanguage).toEqual({ dir: 'rtl', lang: 'ar' });
    // The factory's words are Arabic now; the preview stays as it was: same version, same size, and the
    // platform inside still signed in (the frame was not reloaded).
    const toolbar = page.getByRole('toolbar', { name: 'حجم المعاينة' });
    await expect(toolbar.getByRole('button', { name: 'جوال' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await page.getByText('تُعرض النسخة 1').waitFor();
    const arabicFrame = page.getByTitle('معاينة حية للمنصة').contentFrame();
    await arabicFrame.getByRole('navigation', { name: 'Main menu' }).waitFor();
    await shots.take(page, 'arabic-rtl');

    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await expect.poll(documentLanguage).toEqual({ dir: 'ltr', lang: 'en' });
  });

  it(
    '8. revises by chat: a new version with its diff, and the preview follows it',
    async () => {
      await tab('Chat').click();
      await page.getByLabel('Describe your platform').fill('add prescriptions');
      await page.getByRole('button', { name: 'Send' }).click();
      const turn = chatTurn(2);
      await turn.getByText('current', { exact: true }).waitFor();
      const added = turn.getByRole('term').filter({ hasText: 'Entities added' });
      await expect(added.locator('xpath=following-sibling::dd[1]').textContent()).resolves.toBe(
        'Prescription',
      );
      await expect(chatTurn(1).getByText('current', { exact: true }).count()).resolves.toBe(0);
      await shots.take(page, 'revised-version-2-with-diff');

      await tab('Preview').click();
      // The preview notices the newer version and deploys it by itself, serving version 1 meanwhile.
      await page.getByRole('status').filter({ hasText: 'Updating the preview to version 2' }).waitFor();
      await shots.take(page, 'preview-updating-to-version-2');
      await page.getByText('Showing version 2').waitFor({ timeout: DEPLOY_TIMEOUT_MS });

      const frame = previewFrame();
      const menu = await signInToPreview(frame, administrator);
      await menu.getByRole('link', { name: 'Prescriptions' }).click();
      await frame.getByRole('link', { name: 'New Prescription' }).waitFor();
      // The data made on version 1 came along to version 2.
      await menu.getByRole('link', { name: 'Patients' }).click();
      await frame.getByRole('row').filter({ hasText: PATIENT.name }).waitFor();
      await menu.getByRole('link', { name: 'Prescriptions' }).click();
      await shots.take(page, 'preview-on-version-2-with-prescriptions');
    },
    STEP_TIMEOUT_MS,
  );

  it('9. restores the first version as a new version equal to it', async () => {
    await tab('Chat').click();
    await chatTurn(1)
      .getByRole('group', { name: 'Version 1 actions' })
      .getByRole('button', {
        name: 'Restore this version',
      })
      .click();
    await page.getByRole('status').filter({ hasText: 'Restored as version 3.' }).waitFor();
    await shots.take(page, 'restored-as-version-3');

    await tab('Blueprint').click();
    await page.getByRole('heading', { level: 2, name: /^Patient\b/ }).waitFor();
    await expect(page.getByRole('heading', { level: 2, name: /^Prescription\b/ }).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('combobox', { name: 'Compare from' }).click();
    await page.getByRole('option', { name: /^v1 · / }).click();
    await expect(page.getByRole('combobox', { name: 'Compare to' }).textContent()).resolves.toMatch(/^v3 · /);
    await page.getByText('These two versions are equivalent.').waitFor();
    await shots.take(page, 'version-3-equals-version-1');
    expect(page.url()).toContain(platformUrl);
  });

  it(
    '10. the preview follows the restored version: no prescriptions, the patient still there',
    async () => {
      await tab('Preview').click();
      await page.getByRole('status').filter({ hasText: 'Updating the preview to version 3' }).waitFor();
      await page.getByText('Showing version 3').waitFor({ timeout: DEPLOY_TIMEOUT_MS });
      const frame = previewFrame();
      const menu = await signInToPreview(frame, administrator);
      await menu.getByRole('link', { name: 'Patients' }).click();
      await frame.getByRole('row').filter({ hasText: PATIENT.name }).waitFor();
      await expect(menu.getByRole('link').allTextContents()).resolves.not.toContain('Prescriptions');
      await expect(menu.getByRole('link', { name: 'Visits' }).isVisible()).resolves.toBe(true);
      await shots.take(page, 'preview-on-version-3');
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
