import type { FrameLocator, Locator } from 'playwright-core';

export interface PlatformAdministrator {
  email: string;
  password: string;
}

/**
 * Signs in to the generated platform shown in `frame` through its own login form, and resolves with its
 * main menu once the app shows it. The app keeps its token in memory inside a cross-site frame, so every
 * reload of the frame (a new deployment behind the preview) asks for this again.
 */
export async function signInToPreview(
  frame: FrameLocator,
  administrator: PlatformAdministrator,
  timeout = 30_000,
): Promise<Locator> {
  await frame.getByLabel('Email').fill(administrator.email, { timeout });
  await frame.getByLabel('Password').fill(administrator.password);
  await frame.getByRole('button', { name: 'Sign in' }).click();
  const menu = frame.getByRole('navigation', { name: 'Main menu' });
  await menu.waitFor();
  return menu;
}
