import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AuditEntry,
  BlueprintVersionDetail,
  ChatReplyResponse,
  ChatSessionSummary,
} from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import {
  createScriptedProvider,
  signUpPerson,
  startTestServer,
  type TestServer,
} from '../../testing/index.js';
import { messagesIn, platformOf, versionCount } from './chat-test-support.js';

/** A latch: `[wait]` messages stop before their reply until the test opens it. */
function latch() {
  let open: () => void = () => undefined;
  let reached: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const waiting = new Promise<void>((resolve) => (reached = resolve));
  return { opened, waiting, open: () => open(), reached: () => reached() };
}

describe.each(testDatabaseKinds())('chat sessions over HTTP (%s)', (kind) => {
  let server: TestServer;
  let hold = latch();

  beforeAll(async () => {
    server = await startTestServer(kind, {}, undefined, {
      providers: (name) =>
        createScriptedProvider({
          name,
          beforeReply: async (request) => {
            if (!request.message.includes('[wait]')) return;
            hold.reached();
            await hold.opened;
          },
        }),
    });
    await signUpPerson(server, 'Root');
  });
  afterAll(() => server.stop());

  it('turns a message into a new version and answers with the reply, the version and its diff', async () => {
    const ann = await signUpPerson(server, 'Ann');
    const { platform, messages } = await platformOf(ann);

    const response = await ann.client.post(messages, { text: 'Please add field bloodType to Patient' });

    expect(response.status, response.text).toBe(200);
    const reply = ChatReplyResponse.parse(response.body);
    expect(reply.changed).toBe(true);
    expect(reply.version).toMatchObject({ version: 2, basedOn: 1, source: 'chat' });
    expect(reply.reply.summary).toBe('Added bloodType to Patient.');
    const patient = reply.diff.entities.changed.find((entity) => entity.name === 'Patient');
    expect(patient?.fields.added.map((field) => field.name)).toEqual(['bloodType']);
    const shown = BlueprintVersionDetail.parse(
      (await ann.client.get(`/api/platforms/${platform.id}/versions/2`)).body,
    );
    expect(shown.author.label).toBe(ann.email);
    const conversation = await messagesIn(ann, messages);
    expect(conversation.map((message) => [message.kind, message.version])).toEqual([
      ['message', null],
      ['reply', 1],
      ['message', null],
      ['reply', 2],
    ]);
    expect(conversation[2]!.text).toBe('Please add field bloodType to Patient');
  });

  it('passes rename hints from the provider into the diff', async () => {
    const ben = await signUpPerson(server, 'Ben');
    const { messages } = await platformOf(ben);
    const reply = ChatReplyResponse.parse(
      (await ben.client.post(messages, { text: 'rename field phone to mobile on Patient' })).body,
    );
    const patient = reply.diff.entities.changed.find((entity) => entity.name === 'Patient');
    expect(patient?.fields.renamed).toEqual([
      expect.objectContaining({ from: 'phone', to: 'mobile', detectedBy: 'hint' }),
    ]);
  });

  it('makes no version for a message that changes nothing', async () => {
    const cy = await signUpPerson(server, 'Cy');
    const { platform, messages } = await platformOf(cy);
    const reply = ChatReplyResponse.parse(
      (await cy.client.post(messages, { text: 'What do you think?' })).body,
    );
    expect(reply).toMatchObject({ changed: false, version: { version: 1 }, diff: { empty: true } });
    expect(await versionCount(cy, platform.id)).toBe(1);
    expect((await messagesIn(cy, messages)).at(-1)).toMatchObject({ kind: 'reply', version: null });
  });

  it('maps provider failures to 502 and 504, records the failure in the session and makes no version', async () => {
    const hana = await signUpPerson(server, 'Hana');
    const { platform, messages } = await platformOf(hana);

    const failed = await hana.client.post(messages, {
      text: 'add field x to Patient [fail:upstream_failed]',
    });
    const timedOut = await hana.client.post(messages, {
      text: 'add field y to Patient [fail:upstream_timeout]',
    });
    const french = await hana.client.post(messages, {
      text: 'Je veux une liste des patients pour la clinique',
    });

    expect([failed.status, timedOut.status, french.status]).toEqual([502, 504, 422]);
    expect(failed.headers.get('content-type')).toContain('application/problem+json');
    expect(await versionCount(hana, platform.id)).toBe(1);
    const kinds = (await messagesIn(hana, messages)).map((message) => message.kind);
    expect(kinds).toEqual([
      'message',
      'reply',
      'message',
      'failure',
      'message',
      'failure',
      'message',
      'failure',
    ]);
  });

  it('refuses a chat revision when the platform changed during the provider call, writing nothing of it', async () => {
    const ida = await signUpPerson(server, 'Ida');
    const { platform, messages } = await platformOf(ida);
    hold = latch();

    const chat = ida.client.post(messages, { text: 'add field height to Patient [wait]' });
    await hold.waiting;
    // The provider is mid-call: a transaction held open now would block this edit (PGlite has one connection).
    const current = BlueprintVersionDetail.parse(
      (await ida.client.get(`/api/platforms/${platform.id}/versions/1`)).body,
    );
    const edit = await ida.client.post(`/api/platforms/${platform.id}/versions`, {
      blueprint: { ...current.blueprint, name: 'Edited Clinic' },
      basedOn: 1,
    });
    expect(edit.status, edit.text).toBe(201);
    hold.open();
    const refused = await chat;

    expect(refused.status, refused.text).toBe(409);
    expect(refused.body.hint).toMatch(/reload/i);
    expect(await versionCount(ida, platform.id)).toBe(2);
    expect((await messagesIn(ida, messages)).map((message) => message.kind)).toEqual(['message', 'reply']);
  });

  it('starts new sessions and lists them with their message counts', async () => {
    const jay = await signUpPerson(server, 'Jay');
    const { platform, sessionId } = await platformOf(jay);
    const other = await platformOf(jay);

    const started = await jay.client.post(`/api/platforms/${platform.id}/sessions`);
    expect(started.status, started.text).toBe(201);
    const session = ChatSessionSummary.parse(started.body);
    expect(session).toMatchObject({ platformId: platform.id, messageCount: 0, lastMessageAt: null });

    const listed = z
      .array(ChatSessionSummary)
      .parse((await jay.client.get(`/api/platforms/${platform.id}/sessions`)).body);
    expect(listed.map((entry) => [entry.id, entry.messageCount])).toEqual([
      [session.id, 0],
      [sessionId, 2],
    ]);
    expect(await messagesIn(jay, `/api/platforms/${platform.id}/sessions/${session.id}/messages`)).toEqual(
      [],
    );
    // A session belongs to one platform: asked for under another, it does not exist.
    const elsewhere = await jay.client.get(
      `/api/platforms/${other.platform.id}/sessions/${sessionId}/messages`,
    );
    expect(elsewhere.status).toBe(404);
    const unknown = await jay.client.post('/api/platforms/0190f5d2-7c1e-7a3b-9f10-ffffffffffff/sessions');
    expect(unknown.status).toBe(404);
  });

  it('uses the provider the request names and records each call the gate allowed in the audit log', async () => {
    const kit = await signUpPerson(server, 'Kit');
    const { platform, messages } = await platformOf(kit);
    const reply = ChatReplyResponse.parse(
      (await kit.client.post(messages, { text: 'add field code to Doctor', provider: 'anthropic' })).body,
    );
    expect(reply.reply).toMatchObject({ provider: 'anthropic', model: 'scripted-model' });
    expect((await messagesIn(kit, messages)).at(-1)).toMatchObject({
      provider: 'anthropic',
      model: 'scripted-model',
    });

    const entries = z.array(AuditEntry).parse((await kit.client.get('/api/audit')).body);
    const calls = entries.filter((entry) => entry.action === 'ai.call.allowed');
    expect(calls.map((entry) => entry.details.provider).sort()).toEqual(['anthropic', 'offline']);
    for (const call of calls) {
      expect(call).toMatchObject({
        actorLabel: kit.email,
        resource: `platform:${platform.id}`,
        result: 'success',
      });
      expect(call.details.estimatedInputTokens).toBeGreaterThan(0);
    }
    expect(entries.map((entry) => entry.action)).toContain('chat.message');
    expect((await kit.client.get('/api/audit/verify')).body).toMatchObject({ ok: true });
  });
});

describe('the default AI provider', () => {
  it('is Claude when ANTHROPIC_API_KEY is set, and the key never appears in an answer', async () => {
    const server = await startTestServer('pglite', { ANTHROPIC_API_KEY: 'sk-test-do-not-leak' });
    try {
      const lou = await signUpPerson(server, 'Lou');
      const response = await lou.client.post('/api/platforms', { description: 'A clinic in Dammam' });
      expect(response.status, response.text).toBe(201);
      expect(response.body.analysis.provider).toBe('anthropic');
      const audit = await lou.client.get('/api/audit');
      expect(`${response.text}${audit.text}`).not.toContain('sk-test-do-not-leak');
    } finally {
      await server.stop();
    }
  });
});
