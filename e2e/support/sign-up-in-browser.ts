import type { Page } from 'playwright-core';

export interface NewAccount {
  displayName: string;
  email: string;
  password: string;
}

export function newAccount(displayName = 'Layla Haddad'): NewAccount {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { displayName, email: `layla.${unique}@example.com`, password: 'correct horse battery staple' };
}

/** Signs up through the real form, as a person would, and waits for the app frame's Overview. */
export async function signUpInBrowser(page: Page, baseUrl: string, account: NewAccount): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Full name').fill(account.displayName);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
}
