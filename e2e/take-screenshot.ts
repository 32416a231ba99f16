/**
 * Saves docs/screenshot.png: the Overview of a freshly signed-up account at 1280x800, light theme, English.
 * Run with `npx tsx e2e/take-screenshot.ts`; add `--variants <dir>` to also capture Arabic + dark and the
 * other pages there, for reviewing the design.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startTestServer } from '../src/server/testing/index.js';
import { buildWebIfStale } from './support/build-web.js';
import { launchBrowser } from './support/launch-browser.js';
import { newAccount, signUpInBrowser } from './support/sign-up-in-browser.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const variantsFlag = process.argv.indexOf('--variants');
const variantsDir = variantsFlag > 0 ? process.argv[variantsFlag + 1] : undefined;

await buildWebIfStale();
const server = await startTestServer('pglite');
const browser = await launchBrowser();
try {
  // Colleagues with accounts, so the Members page and seat usage show a team rather than one person.
  const colleagues = [newAccount('Khalid Al-Otaibi'), newAccount('Sara Mansour')];
  for (const colleague of colleagues) await server.client().post('/api/auth/signup', colleague);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const page = await context.newPage();
  await signUpInBrowser(page, server.url, newAccount('Layla Haddad'));
  await addMembers(
    page,
    colleagues.map((colleague) => colleague.email),
  );

  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('progressbar').first().waitFor();
  // Park the pointer so no hover highlight lands in the picture.
  await page.mouse.move(1279, 799);
  const screenshot = path.join(ROOT, 'docs/screenshot.png');
  mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  console.log(`saved ${screenshot}`);

  if (variantsDir) await captureVariants(page, variantsDir);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}

async function addMembers(page: Page, emails: string[]): Promise<void> {
  await page.getByRole('link', { name: 'Members' }).click();
  for (const email of emails) {
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('status').filter({ hasText: email }).waitFor();
  }
}

async function captureVariants(page: Page, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const save = async (name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(dir, `${name}.png`) });
  };
  await page.goto(`${server.url}/members`);
  await page.getByRole('table').waitFor();
  await save('members-light-en');
  await page.goto(`${server.url}/audit`);
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await page.getByText('The chain is intact').waitFor();
  await save('audit-light-en');
  await page.goto(`${server.url}/settings`);
  await page.getByLabel('Token name').fill('Deploy pipeline');
  await page.getByRole('button', { name: 'Create token' }).click();
  await page.getByRole('dialog').waitFor();
  await save('settings-token-light-en');
  await page.getByRole('button', { name: 'I have copied it' }).click();

  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitemradio', { name: 'العربية' }).click();
  await page.getByRole('button', { name: 'Theme' }).click();
  await page.getByRole('menuitemradio', { name: 'داكن' }).click();
  await save('settings-dark-ar');
  for (const [route, name] of [
    ['/', 'overview'],
    ['/members', 'members'],
    ['/audit', 'audit'],
    ['/platforms', 'platforms'],
  ]) {
    await page.goto(`${server.url}${route}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await save(`${name}-dark-ar`);
  }
  // The narrowest supported desktop width.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${server.url}/audit`);
  await page.getByRole('table').waitFor();
  await save('audit-1024-dark-ar');
  await page.getByRole('button', { name: /Layla Haddad/ }).click();
  await page.getByRole('menuitem', { name: 'تسجيل الخروج' }).click();
  await page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' }).waitFor();
  await save('login-dark-ar');
  console.log(`saved variants in ${dir}`);
}
