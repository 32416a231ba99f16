import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlueprintDiff, CreatePlatformResponse } from '../src/contracts/index.js';
import { clinicBlueprint } from '../src/blueprint/examples/clinic.js';
import {
  startFakeMessagesApi,
  submitBlueprintReply,
  type FakeMessagesApi,
} from '../src/ai/anthropic/testing/index.js';
import { signUpPerson, startTestServer, type TestServer } from '../src/server/testing/index.js';

/**
 * The providers as production wires them (no test doubles): the offline analyzer by default, and
 * Claude through the official SDK when a key is configured, here pointed at a fake Messages API.
 */
describe('the configured AI providers behind the HTTP API', () => {
  describe('without a key: the offline analyzer', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer('pglite', {}, undefined, { providers: 'configured' });
    });
    afterAll(() => server?.stop());

    it('drafts from an Arabic description, then revises by chat into a new version with its diff', async () => {
      const huda = await signUpPerson(server, 'Huda');
      const created = await huda.client.post('/api/platforms', {
        description: 'نظام لعيادة في الرياض: المرضى والأطباء والمواعيد، كل موعد مرتبط بمريض وطبيب',
      });
      expect(created.status, created.text).toBe(201);
      expect(created.body.analysis.provider).toBe('offline');
      const { version, analysis, platform, sessionId } = CreatePlatformResponse.parse(created.body);
      const blueprint = version.blueprint;
      expect(blueprint.entities.map((entity) => entity.name)).toEqual(
        expect.arrayContaining(['Patient', 'Doctor', 'Appointment']),
      );
      expect(blueprint.compliance).toEqual(expect.arrayContaining(['HIPAA', 'PDPL', 'NCA-ECC']));
      expect(analysis.summary).toMatch(/[\u0600-\u06FF]/);

      const reply = await huda.client.post(`/api/platforms/${platform.id}/sessions/${sessionId}/messages`, {
        text: 'add a pharmacy with medicines and stock',
      });
      expect(reply.status, reply.text).toBe(200);
      expect(reply.body.version.version).toBe(2);
      const added = BlueprintDiff.parse(reply.body.diff).entities.added.map((entity) => entity.name);
      expect(added).toContain('Medicine');
    });

    it('refuses a description in a language the analyzer does not read, storing nothing', async () => {
      const ivo = await signUpPerson(server, 'Ivo');
      const refused = await ivo.client.post('/api/platforms', {
        description: 'Une plateforme pour la bibliothèque municipale avec des livres et des lecteurs',
      });
      expect(refused.status).toBe(422);
      expect(refused.body.hint).toMatch(/English or Arabic/);
      expect((await ivo.client.get('/api/platforms')).body).toMatchObject({ platforms: [], total: 0 });
    });
  });

  describe('with ANTHROPIC_API_KEY: Claude through the official SDK', () => {
    let api: FakeMessagesApi;
    let server: TestServer;
    beforeAll(async () => {
      api = await startFakeMessagesApi({ acceptedApiKey: 'sk-ant-test-key' });
      server = await startTestServer(
        'pglite',
        {
          ANTHROPIC_API_KEY: 'sk-ant-test-key',
          ANTHROPIC_BASE_URL: api.baseURL,
          ANTHROPIC_MODEL: 'claude-test-model',
        },
        undefined,
        { providers: 'configured' },
      );
    });
    afterAll(async () => {
      await server?.stop();
      await api?.close();
    });

    it('sends the description with the Blueprint tool and stores what Claude submitted', async () => {
      api.script(
        submitBlueprintReply({ blueprint: clinicBlueprint, summary: 'A clinic with four entities.' }),
      );
      const mona = await signUpPerson(server, 'Mona');
      const created = await mona.client.post('/api/platforms', { description: 'A clinic in Riyadh' });
      expect(created.status, created.text).toBe(201);
      expect(created.body.analysis).toMatchObject({
        provider: 'anthropic',
        summary: 'A clinic with four entities.',
      });
      expect(created.body.version.blueprint.slug).toBe('city-clinic');

      const request = api.requests.at(-1)!;
      expect(request.body.model).toBe('claude-test-model');
      expect(JSON.stringify(request.body.messages)).toContain('A clinic in Riyadh');
      expect(request.body.tools?.map((tool) => ('name' in tool ? tool.name : ''))).toContain(
        'submit_blueprint',
      );
      expect(`${created.text}${(await mona.client.get('/api/audit')).text}`).not.toContain('sk-ant-test-key');
    });
  });
});
