import type { MessageParam, ToolResultBlockParam } from '@anthropic-ai/sdk/resources/messages';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blueprintJsonSchema, validateBlueprint } from '../../blueprint/index.js';
import { clinicBlueprint } from '../../blueprint/examples/clinic.js';
import { DATA_CLASSES, DOMAINS } from '../../contracts/index.js';
import { isAppError } from '../../kernel/index.js';
import { createAnthropicProvider, DEFAULT_ANTHROPIC_MODEL, type AnthropicProviderOptions } from './index.js';
import {
  invalidClinicBlueprint,
  startFakeMessagesApi,
  submitBlueprintReply,
  textReply,
  type FakeMessagesApi,
} from './testing/index.js';

const clinic = () => {
  const checked = validateBlueprint(clinicBlueprint);
  if (!checked.ok) throw new Error('the clinic example must be valid');
  return checked.blueprint;
};
const firstMessage = { message: 'A clinic in Riyadh', current: null, history: [] } as const;

describe('the Anthropic provider', () => {
  let api: FakeMessagesApi;
  const provider = (options: Partial<AnthropicProviderOptions> = {}) =>
    createAnthropicProvider({ apiKey: 'sk-test', baseURL: api.baseURL, maxRetries: 0, ...options });
  const lastTurn = (requestIndex: number): MessageParam | undefined =>
    api.requests[requestIndex]?.body.messages.at(-1);

  beforeEach(async () => {
    api = await startFakeMessagesApi();
  });
  afterEach(() => api.close());

  it('forces one tool call whose schema carries the Blueprint JSON Schema, and returns its Blueprint', async () => {
    api.script(submitBlueprintReply());
    const result = await provider().analyze(firstMessage);

    const body = api.requests[0]!.body;
    const { $schema: _s, $id: _i, $defs: _d, ...blueprintSchema } = blueprintJsonSchema();
    expect(body.tools).toHaveLength(1);
    expect(body.tools![0]).toMatchObject({
      name: 'submit_blueprint',
      input_schema: {
        type: 'object',
        properties: { blueprint: blueprintSchema },
        required: expect.arrayContaining(['summary', 'blueprint', 'inferences', 'openQuestions']),
      },
    });
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'submit_blueprint' });
    expect(body.model).toBe(DEFAULT_ANTHROPIC_MODEL);
    expect(body.system).toEqual([
      {
        type: 'text',
        text: expect.stringContaining('Saudi Arabia'),
        cache_control: { type: 'ephemeral' },
      },
    ]);
    expect(body.messages).toEqual([{ role: 'user', content: expect.stringContaining('A clinic in Riyadh') }]);

    expect(result.blueprint).toEqual(clinic());
    expect(result).toMatchObject({
      provider: 'anthropic',
      model: DEFAULT_ANTHROPIC_MODEL,
      summary: 'A clinic in Riyadh with patients, doctors and appointments.',
      inferences: [{ kind: 'compliance', subject: 'HIPAA' }],
      openQuestions: ['Do patients book online?'],
    });
  });

  it('tells Claude the domains, the data classes and the compliance rules', async () => {
    api.script(submitBlueprintReply());
    await provider().analyze(firstMessage);

    const [system] = api.requests[0]!.body.system as { text: string }[];
    for (const rule of [
      DOMAINS.join(', '),
      DATA_CLASSES.join(', '),
      'Health data',
      ': HIPAA',
      'Card payments',
      ': PCI-DSS',
      'European Union: GDPR',
      'PDPL and NCA-ECC, with dataResidency "SA"',
      'singular PascalCase',
      'language of the person',
    ]) {
      expect(system!.text).toContain(rule);
    }
  });

  it('sends the current Blueprint as JSON and the earlier turns when revising', async () => {
    api.script(submitBlueprintReply());
    await provider({ model: 'claude-test-model' }).analyze({
      message: 'Add an email to patients',
      current: clinic(),
      history: [
        { role: 'user', text: 'A clinic in Riyadh' },
        { role: 'assistant', text: 'Drafted a clinic.' },
      ],
    });

    const body = api.requests[0]!.body;
    expect(body.model).toBe('claude-test-model');
    expect(body.messages.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user']);
    expect(lastTurn(0)!.content).toEqual(expect.stringContaining(JSON.stringify(clinic())));
    expect(lastTurn(0)!.content).toEqual(expect.stringContaining('Add an email to patients'));
  });

  it('streams text and the summary to onText, in order, as they arrive', async () => {
    const summary =
      'A clinic in Riyadh: patients, doctors and appointments, with HIPAA, PDPL and NCA-ECC applied.';
    api.script(submitBlueprintReply({ textBefore: ['Reading ', 'your description. '], summary }));
    const deltas: string[] = [];
    const result = await provider().analyze({ ...firstMessage, onText: (delta) => deltas.push(delta) });

    expect(deltas.slice(0, 2)).toEqual(['Reading ', 'your description. ']);
    // The tool input arrives in 40-character fragments, so the summary comes in several pieces.
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.slice(2).join('')).toBe(summary);
    expect(result.summary).toBe(summary);
  });

  it('hands an invalid Blueprint back as an error tool_result with its problems, and returns the repair', async () => {
    api.script(submitBlueprintReply({ blueprint: invalidClinicBlueprint() }), submitBlueprintReply());
    const deltas: string[] = [];
    const result = await provider().analyze({ ...firstMessage, onText: (delta) => deltas.push(delta) });

    expect(result.blueprint).toEqual(clinic());
    expect(api.requests).toHaveLength(2);
    const [assistant, repair] = api.requests[1]!.body.messages.slice(-2);
    expect(assistant).toMatchObject({
      role: 'assistant',
      content: [{ type: 'tool_use', name: 'submit_blueprint' }],
    });
    const toolUse = (assistant!.content as { id: string }[])[0]!;
    expect(repair!.role).toBe('user');
    const [toolResult] = repair!.content as ToolResultBlockParam[];
    expect(toolResult).toMatchObject({ type: 'tool_result', tool_use_id: toolUse.id, is_error: true });
    expect(toolResult!.content).toEqual(expect.stringContaining('entities[0].name'));
    // The repaired reply repeats the summary; the person sees it once.
    expect(deltas.join('')).toBe('A clinic in Riyadh with patients, doctors and appointments.');
  });

  it('asks again when a reply calls no tool', async () => {
    api.script(textReply('Here is your clinic!'), submitBlueprintReply());
    const result = await provider().analyze(firstMessage);

    expect(result.blueprint).toEqual(clinic());
    expect(lastTurn(1)).toEqual({
      role: 'user',
      content: expect.stringContaining('did not call submit_blueprint'),
    });
  });

  it('gives up with upstream_failed and the problems after maxRepairs failed repairs', async () => {
    const invalid = submitBlueprintReply({ blueprint: invalidClinicBlueprint() });
    api.script(invalid, invalid, invalid, invalid);
    const failure: unknown = await provider({ maxRepairs: 2 })
      .analyze(firstMessage)
      .catch((error: unknown) => error);

    expect(api.requests).toHaveLength(3);
    expect(isAppError(failure) && failure.code).toBe('upstream_failed');
    expect((failure as Error).message).toBe('Claude did not produce a valid Blueprint after 3 attempts');
    expect((failure as { details: { problems: unknown } }).details.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'entities[0].name' })]),
    );
  });

  it('counts a reply without a tool call as a failed attempt', async () => {
    api.script(textReply('No.'));
    await expect(provider({ maxRepairs: 0 }).analyze(firstMessage)).rejects.toMatchObject({
      code: 'upstream_failed',
      message: 'Claude did not produce a valid Blueprint after 1 attempt',
    });
  });

  it('refuses to be created without an API key', () => {
    expect(() => createAnthropicProvider({ apiKey: ' ' })).toThrow(
      expect.objectContaining({
        code: 'bad_request',
        hint: 'Set ANTHROPIC_API_KEY or use --provider offline',
      }),
    );
  });
});
