import { expect } from 'vitest';
import { z } from 'zod';
import { ChatMessage, CreatePlatformResponse } from '../../../contracts/index.js';
import type { SignedUp } from '../../testing/index.js';

// Shared by this module's HTTP tests.

export const SSE = { accept: 'text/event-stream' };

/** A new platform, with the path of its first session's messages. */
export async function platformOf(person: SignedUp) {
  const response = await person.client.post('/api/platforms', { description: 'A clinic in Riyadh' });
  expect(response.status, response.text).toBe(201);
  const created = CreatePlatformResponse.parse(response.body);
  const messages = `/api/platforms/${created.platform.id}/sessions/${created.sessionId}/messages`;
  return { ...created, messages };
}

export const messagesIn = async (person: SignedUp, path: string) =>
  z.array(ChatMessage).parse((await person.client.get(path)).body);

export const versionCount = async (person: SignedUp, platformId: string) =>
  ((await person.client.get(`/api/platforms/${platformId}/versions`)).body as unknown[]).length;
