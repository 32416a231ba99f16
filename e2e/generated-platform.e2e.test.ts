/**
 * The web app of a generated platform (the clinic Blueprint), used in Chromium as its staff would:
 * Arabic first, English on request, records made through the forms, a phone-sized screen, dark theme
 * and the keyboard. Screenshots of each step go to test-results/generated-platform/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clinicBlueprint } from '../src/blueprint/examples/clinic.js';
import { launchBrowser } from './support/launch-browser.js';
import { startGeneratedPlatform, type RunningPlatform } from './support/start-generated-platform.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCREENSHOTS = path.join(ROOT, 'test-results', 'generated-platform');
const PHONE_WIDTH = 375;

describe('the web app of the generated clinic platform', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    console.log(`Screenshots of the generated clinic platform: ${SCREENSHOTS}`);
    // One after the other, so a failure in either leaves nothing running that afterAll cannot stop.
    platform = await startGeneratedPlatform(clinicBlueprint, 'clinic-e2e');
    browser = await launchBrowser();
  });

  // Every step's pages must run without an uncaught error, not only do what the step checks.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  /** A browser whose language is Arabic, as the clinic's staff in Riyadh would have. */
  async function arabicPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await browser.newContext({ locale: 'ar-SA', viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  const screenshot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

  const documentLanguage = (page: Page) =>
    page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));

  async function signIn(page: Page): Promise<void> {
    await page.goto(platform.url);
    await page.getByLabel('البريد الإلكتروني').fill(platform.admin.email);
    await page.getByLabel('كلمة المرور').fill(platform.admin.password);
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    // The sign-out button shows at every width; the navigation hides behind a menu button on phones.
    await page.getByRole('button', { name: 'تسجيل الخروج' }).waitFor();
  }

  async function switchToEnglish(page: Page): Promise<void> {
    await page.getByLabel('اللغة').selectOption('en');
    await expect.poll(() => documentLanguage(page)).toEqual({ dir: 'ltr', lang: 'en' });
  }

  it('opens in Arabic, right to left, and signs in with the keyboard alone', async () => {
    const page = await arabicPage();
    await page.goto(platform.url);
    await page.getByRole('heading', { level: 2, name: 'تسجيل الدخول' }).waitFor();
    await expect(documentLanguage(page)).resolves.toEqual({ dir: 'rtl', lang: 'ar' });
    await screenshot(page, '01-sign-in-ar-rtl');

    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Tab');
    await expect(focusedId()).resolves.toBe('login-email');
    await page.keyboard.type(platform.admin.email);
    await page.keyboard.press('Tab');
    await expect(focusedId()).resolves.toBe('login-password');
    await page.keyboard.type(platform.admin.password);
    await page.keyboard.press('Tab');
    await expect(focusedText()).resolves.toBe('تسجيل الدخول');
    await page.keyboard.press('Enter');

    await page.getByRole('navigation', { name: 'القائمة الرئيسية' }).waitFor();
    await page.getByRole('button', { name: 'تسجيل الخروج' }).waitFor();
    await expect(documentLanguage(page)).resolves.toEqual({ dir: 'rtl', lang: 'ar' });
    await screenshot(page, '02-dashboard-ar-rtl');
  });

  it('creates a patient through the form in English, after showing which required field is empty', async () => {
    const page = await arabicPage();
    await signIn(page);
    await switchToEnglish(page);
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Patients' }).click();
    await page.getByRole('link', { name: 'New Patient' }).click();
    await page.getByRole('heading', { level: 1, name: 'New Patient' }).waitFor();

    await page.getByLabel('National ID').fill('1098765432');
    await page.getByRole('button', { name: 'Save' }).click();
    const fullName = page.getByLabel('Full name');
    await expect.poll(() => fullName.getAttribute('aria-invalid')).toBe('true');
    // The message belongs to the field: it is the element the input's aria-describedby names.
    const errorId = await fullName.getAttribute('aria-describedby');
    const fieldError = page.locator(`[id="${errorId}"]`);
    await expect(fieldError.textContent()).resolves.toBe('Fill this in: it is required.');
    await expect(fieldError.getAttribute('role')).resolves.toBe('alert');
    await expect(page.getByLabel('National ID').getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(fullName.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/patients/new');
    await screenshot(page, '03-patient-form-required-error');

    await fullName.fill('Noura Al-Harbi');
    await page.getByLabel('Phone').fill('+966501234567');
    await page.getByLabel('Medical history').fill('Seasonal asthma.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Noura Al-Harbi' }).waitFor();
    const detailPath = new URL(page.url()).pathname;
    expect(detailPath).toMatch(/^\/patients\/[^/]+$/);

    await page.getByRole('link', { name: 'Back to Patients' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Noura Al-Harbi' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('1098765432');
    await screenshot(page, '04-patient-list');

    await row.getByRole('link', { name: 'Noura Al-Harbi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Noura Al-Harbi' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(detailPath);
    const details = page.locator('dl.details');
    await expect(details.textContent()).resolves.toContain('Seasonal asthma.');
    await screenshot(page, '05-patient-detail');
  });

  it('books an appointment for a new doctor and a patient chosen in the related-record pickers', async () => {
    const page = await arabicPage();
    await signIn(page);
    await switchToEnglish(page);
    const menu = page.getByRole('navigation', { name: 'Main menu' });

    await menu.getByRole('link', { name: 'Patients' }).click();
    await page.getByRole('link', { name: 'New Patient' }).click();
    await page.getByLabel('Full name').fill('Fahad Al-Qahtani');
    await page.getByLabel('National ID').fill('1122334455');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fahad Al-Qahtani' }).waitFor();

    await menu.getByRole('link', { name: 'Doctors' }).click();
    await page.getByRole('link', { name: 'New Doctor' }).click();
    await page.getByLabel('Full name').fill('Dr. Huda Al-Salem');
    await page.getByLabel('Specialty').selectOption({ label: 'Cardiology' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dr. Huda Al-Salem' }).waitFor();

    await menu.getByRole('link', { name: 'Appointments' }).click();
    await page.getByRole('link', { name: 'New Appointment' }).click();
    await page.getByLabel('Scheduled at').fill('2026-12-14T10:30');
    await chooseRelated(page, { label: 'Patient', searchLabel: 'Search Patients', search: 'Fahad' });
    await chooseRelated(page, { label: 'Doctor', searchLabel: 'Search Doctors', search: 'Huda' });
    await screenshot(page, '06-appointment-form-pickers');
    await page.getByRole('button', { name: 'Save' }).click();

    // An appointment is named by its time, in the browser's time zone as it was entered.
    await page.getByRole('heading', { level: 1, name: 'Dec 14, 2026, 10:30 AM' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/appointments\/[^/]+$/);
    const details = page.locator('dl.details');
    await details.getByText('Fahad Al-Qahtani').waitFor();
    await details.getByText('Dr. Huda Al-Salem').waitFor();
    await screenshot(page, '07-appointment-detail');
  });

  it('fits a 375 px wide phone screen and opens its navigation from the menu button', async () => {
    const page = await arabicPage({ width: PHONE_WIDTH, height: 800 });
    await signIn(page);
    await switchToEnglish(page);
    const documentWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await expect(documentWidth()).resolves.toBeLessThanOrEqual(PHONE_WIDTH);

    const navigation = page.getByRole('navigation', { name: 'Main menu' });
    const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(navigation.isVisible()).resolves.toBe(false);
    await menuButton.click();
    await expect(menuButton.getAttribute('aria-expanded')).resolves.toBe('true');
    await navigation.getByRole('link', { name: 'Patients' }).waitFor();
    await screenshot(page, '08-phone-menu-open');

    await navigation.getByRole('link', { name: 'Patients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    await expect(navigation.isVisible()).resolves.toBe(false);
    await expect(documentWidth()).resolves.toBeLessThanOrEqual(PHONE_WIDTH);

    await page.getByRole('link', { name: 'New Patient' }).click();
    await page.getByRole('heading', { level: 1, name: 'New Patient' }).waitFor();
    await expect(documentWidth()).resolves.toBeLessThanOrEqual(PHONE_WIDTH);
    await screenshot(page, '09-phone-patient-form');
  });

  it('switches to the dark theme, marking <html> with data-theme="dark", and keeps it after a reload', async () => {
    const page = await arabicPage();
    await signIn(page);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? null);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect(theme()).resolves.toBeNull();
    const lightBackground = await background();

    await page.getByLabel('المظهر').selectOption('dark');
    await expect.poll(theme).toBe('dark');
    await expect.poll(background).not.toBe(lightBackground);
    await screenshot(page, '10-dashboard-dark-ar');

    await page.reload();
    await page.getByRole('button', { name: 'تسجيل الخروج' }).waitFor();
    await expect(theme()).resolves.toBe('dark');
  });
});

interface RelatedChoice {
  /** The picker's own label, e.g. `Patient`. */
  label: string;
  /** The label of the picker's search box, e.g. `Search Patients`. */
  searchLabel: string;
  /** A word of the one record to choose. */
  search: string;
}

/** Narrows a picker with its search box, then chooses the record it found. */
async function chooseRelated(page: Page, { label, searchLabel, search }: RelatedChoice): Promise<void> {
  await page.getByRole('searchbox', { name: searchLabel }).fill(search);
  const picker = page.getByRole('combobox', { name: label, exact: true });
  const option = picker.locator('option').filter({ hasText: search });
  await option.waitFor({ state: 'attached' });
  await picker.selectOption({ label: (await option.textContent()) ?? '' });
}
