/**
 * What went over the wire for a page's requests, read from the DevTools protocol: the Cookie header
 * actually sent, the cookies the browser held back and why, and the status the server answered. Unlike
 * Playwright's `response` event, this sees answers the page itself was not allowed to read (CORS, CORP).
 * @module
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface WireExchange {
  url: string;
  method: string;
  /** The Cookie header as sent, '' when none was. */
  sentCookies: string;
  /** Cookies that matched the URL but were not sent, with Chromium's reasons (e.g. SameSiteLax). */
  withheldCookies: { name: string; reasons: string[] }[];
  status: number;
}

interface ExchangeSoFar {
  url?: string;
  method?: string;
  sentCookies?: string;
  withheldCookies?: WireExchange['withheldCookies'];
  status?: number;
}

export interface RequestWatch {
  /** Resolves with the next exchange for `method url` that got an answer (each is handed out once). */
  answerTo(method: string, url: string, timeoutMs?: number): Promise<WireExchange>;
}

export async function watchRequests(page: Page): Promise<RequestWatch> {
  const session = await page.context().newCDPSession(page);
  // The protocol's events for one request may come in any order; they are joined by requestId.
  const exchanges = new Map<string, ExchangeSoFar>();
  const entry = (requestId: string): ExchangeSoFar => {
    const found = exchanges.get(requestId) ?? {};
    exchanges.set(requestId, found);
    return found;
  };
  session.on('Network.requestWillBeSent', (event) => {
    Object.assign(entry(event.requestId), { url: event.request.url, method: event.request.method });
  });
  session.on('Network.requestWillBeSentExtraInfo', (event) => {
    const cookie = Object.entries(event.headers).find(([name]) => name.toLowerCase() === 'cookie');
    Object.assign(entry(event.requestId), {
      sentCookies: cookie ? String(cookie[1]) : '',
      withheldCookies: event.associatedCookies
        .filter((associated) => associated.blockedReasons.length > 0)
        .map((associated) => ({ name: associated.cookie.name, reasons: associated.blockedReasons })),
    });
  });
  session.on('Network.responseReceivedExtraInfo', (event) => {
    entry(event.requestId).status = event.statusCode;
  });
  await session.send('Network.enable');

  const consumed = new Set<string>();
  return {
    async answerTo(method, url, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        for (const [requestId, seen] of exchanges) {
          if (consumed.has(requestId) || seen.url !== url || seen.method !== method) continue;
          if (seen.status === undefined || seen.sentCookies === undefined) continue;
          consumed.add(requestId);
          return {
            url,
            method,
            sentCookies: seen.sentCookies,
            withheldCookies: seen.withheldCookies ?? [],
            status: seen.status,
          };
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`No answer to ${method} ${url} went over the wire within ${timeoutMs} ms`);
    },
  };
}

/** What went to a server and back: `sessionCookie` not sent, held back as SameSite=Lax, and a 401. */
export function expectAnonymousExchange(sessionCookie: string, exchange: WireExchange): void {
  expect(exchange.sentCookies).not.toContain(sessionCookie);
  // SameSite=Lax alone keeps it back ('SchemefulSameSiteLax'); Chromium may add 'UserPreferences'
  // (its third-party cookie blocking), which other browsers do not promise.
  expect(exchange.withheldCookies).toContainEqual({
    name: sessionCookie,
    reasons: expect.arrayContaining([expect.stringMatching(/SameSiteLax$/)]) as unknown,
  });
  expect(exchange.status).toBe(401);
}
