import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/server/testing/index.js';
import { buildWebIfStale } from './support/build-web.js';
import { launchBrowser } from './support/launch-browser.js';
import { newAccount, signUpInBrowser } from './support/sign-up-in-browser.js';

describe('web shell', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await buildWebIfStale();
    server = await startTestServer('pglite');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up, then remembers Arabic (right to left) and the dark theme across a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await signUpInBrowser(page, server.url, newAccount());
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitemradio', { name: 'العربية' }).click();
    const documentLanguage = () =>
      page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
    await expect.poll(documentLanguage).toEqual({ dir: 'rtl', lang: 'ar' });
    await page.getByRole('heading', { level: 1, name: 'نظرة عامة' }).waitFor();

    // The control keeps "Theme" in its accessible name in Arabic too; its options are in Arabic.
    await page.getByRole('button', { name: 'Theme' }).click();
    await page.getByRole('menuitemradio', { name: 'داكن' }).click();
    const isDark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
    await expect.poll(isDark).toBe(true);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'نظرة عامة' }).waitFor();
    await expect(documentLanguage()).resolves.toEqual({ dir: 'rtl', lang: 'ar' });
    await expect(isDark()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('says so when the password is wrong', async () => {
    const account = newAccount('Omar Saleh');
    const signup = await server.client().post('/api/auth/signup', account);
    expect(signup.status).toBe(201);

    const context = await browser.newContext();
    const page = await context.newPage();
    // Signed out, the app sends every page to the sign-in form.
    await page.goto(`${server.url}/members`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');

    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill('not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'The email or password is incorrect.' });
    await alert.waitFor();
    expect(page.url()).toBe(`${server.url}/login`);
    await context.close();
  });
});
