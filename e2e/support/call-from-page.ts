/**
 * Requests made by a script running in a page, with the browser's own cookie jar: what code on that
 * page's origin (WebNova's UI, or a generated platform's custom code) could do with `fetch`.
 * @module
 */
import type { Frame, Page } from 'playwright-core';

export interface InPageRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  mode?: 'cors' | 'no-cors';
}

/** What the script saw: the response as the page may read it, or the error `fetch` rejected with. */
export type InPageOutcome =
  | { kind: 'response'; status: number; type: string; text: string }
  | { kind: 'rejected'; errorName: string; message: string };

/** Runs `fetch(url, { credentials: 'include', ... })` inside the page; never throws for a refusal. */
export function fetchFromPage(page: Page | Frame, request: InPageRequest): Promise<InPageOutcome> {
  return page.evaluate(async ({ url, method, headers, body, mode }): Promise<InPageOutcome> => {
    try {
      const response = await fetch(url, {
        method: method ?? 'GET',
        headers: headers ?? {},
        credentials: 'include',
        mode: mode ?? 'cors',
        ...(body === undefined ? {} : { body }),
      });
      return { kind: 'response', status: response.status, type: response.type, text: await response.text() };
    } catch (error) {
      const named = error instanceof Error ? error : new Error(String(error));
      return { kind: 'rejected', errorName: named.name, message: named.message };
    }
  }, request);
}

export interface WebNovaSession {
  email: string;
  tenantId: string;
  csrfToken: string;
}

/** The session WebNova's UI itself reads on its own origin: who is signed in and the CSRF token. */
export async function sessionSeenBy(page: Page): Promise<WebNovaSession> {
  const origin = new URL(page.url()).origin;
  const outcome = await fetchFromPage(page, { url: `${origin}/api/auth/session` });
  if (outcome.kind !== 'response' || outcome.status !== 200) {
    throw new Error(`GET /api/auth/session from ${origin} failed: ${JSON.stringify(outcome)}`);
  }
  const session = JSON.parse(outcome.text) as {
    user: { email: string };
    tenants: { id: string }[];
    csrfToken: string | null;
  };
  const tenantId = session.tenants[0]?.id;
  if (!tenantId || !session.csrfToken)
    throw new Error(`The session has no tenant or CSRF token: ${outcome.text}`);
  return { email: session.user.email, tenantId, csrfToken: session.csrfToken };
}

/** A read from WebNova's own origin, as its UI sends it: session cookie and tenant header. */
export async function readAsWebNovaUi(
  page: Page,
  session: WebNovaSession,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const origin = new URL(page.url()).origin;
  const outcome = await fetchFromPage(page, {
    url: `${origin}${path}`,
    headers: { accept: 'application/json', 'x-tenant-id': session.tenantId },
  });
  if (outcome.kind !== 'response') throw new Error(`GET ${path} was refused: ${outcome.message}`);
  return { status: outcome.status, body: outcome.text ? (JSON.parse(outcome.text) as unknown) : null };
}

/** A JSON write from WebNova's own origin, as its UI sends it: session cookie, CSRF and tenant headers. */
export async function writeAsWebNovaUi(
  page: Page,
  session: WebNovaSession,
  path: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const origin = new URL(page.url()).origin;
  const outcome = await fetchFromPage(page, {
    url: `${origin}${path}`,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-csrf-token': session.csrfToken,
      'x-tenant-id': session.tenantId,
    },
    body: JSON.stringify(body),
  });
  if (outcome.kind !== 'response') throw new Error(`POST ${path} was refused: ${outcome.message}`);
  return { status: outcome.status, body: outcome.text ? (JSON.parse(outcome.text) as unknown) : null };
}

/**
 * Submits a classic `<form method="post" enctype="text/plain">` with one field to `action`, into a hidden
 * frame so the page stays: the oldest cross-site write, which needs no script access to the answer.
 */
export function submitTextFormFromPage(
  page: Page,
  action: string,
  field: { name: string; value: string },
): Promise<void> {
  return page.evaluate(
    ({ action, field }) => {
      const frame = document.createElement('iframe');
      frame.name = 'form-target';
      frame.hidden = true;
      const form = document.createElement('form');
      Object.assign(form, { action, method: 'post', enctype: 'text/plain', target: 'form-target' });
      const input = document.createElement('input');
      Object.assign(input, { type: 'hidden', ...field });
      form.append(input);
      document.body.append(frame, form);
      form.submit();
    },
    { action, field },
  );
}
