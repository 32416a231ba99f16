import Anthropic, { AuthenticationError, BadRequestError } from '@anthropic-ai/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeMessagesApi, textReply, toolUseReply, type FakeMessagesApi } from './index.js';

describe('the fake Messages API, driven by the real SDK', () => {
  let api: FakeMessagesApi;
  let client: Anthropic;

  beforeEach(async () => {
    api = await startFakeMessagesApi({ acceptedApiKey: 'sk-test' });
    client = new Anthropic({ apiKey: 'sk-test', baseURL: api.baseURL, maxRetries: 0 });
  });
  afterEach(() => api.close());

  it('answers a non-streaming request with the scripted tool call and a request id', async () => {
    api.script(toolUseReply('lookup', { city: 'Riyadh' }, { textBefore: 'Looking it up.' }));
    const { data: message, response } = await client.messages
      .create({ model: 'm', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] })
      .withResponse();

    expect(response.headers.get('request-id')).toMatch(/^req_/);
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content).toMatchObject([
      { type: 'text', text: 'Looking it up.' },
      { type: 'tool_use', name: 'lookup', input: { city: 'Riyadh' } },
    ]);
    expect(api.requests[0]?.headers['anthropic-version']).toBeTypeOf('string');
  });

  it('streams text deltas and tool input that the SDK assembles into the same message', async () => {
    api.script(toolUseReply('lookup', { city: 'الرياض', n: [1, 2] }, { textBefore: ['One, ', 'two.'] }));
    const deltas: string[] = [];
    const stream = client.messages.stream({
      model: 'm',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'hi' }],
    });
    stream.on('text', (delta) => deltas.push(delta));
    const message = await stream.finalMessage();

    expect(deltas).toEqual(['One, ', 'two.']);
    expect(message.content[1]).toMatchObject({ type: 'tool_use', input: { city: 'الرياض', n: [1, 2] } });
    expect(stream.request_id).toMatch(/^req_/);
    expect(api.requests[0]?.body.stream).toBe(true);
  });

  it('refuses a key it does not accept, as the real API does', async () => {
    const stranger = new Anthropic({ apiKey: 'sk-wrong', baseURL: api.baseURL, maxRetries: 0 });
    api.script(textReply('never sent'));
    await expect(
      stranger.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toBeInstanceOf(AuthenticationError);
    expect(api.pending()).toBe(1);
  });

  it('refuses a tool_use left without a tool_result in the next turn', async () => {
    api.script(textReply('never sent'));
    const request = client.messages.create({
      model: 'm',
      max_tokens: 10,
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'lookup', input: {} }] },
        { role: 'user', content: 'and?' },
      ],
    });
    await expect(request).rejects.toBeInstanceOf(BadRequestError);
    await expect(request).rejects.toThrow(/toolu_1/);
  });

  it('fails at once, without retries, when the script has run out', async () => {
    const retrying = new Anthropic({ apiKey: 'sk-test', baseURL: api.baseURL, maxRetries: 2 });
    await expect(
      retrying.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toThrow(/no scripted reply left/);
    expect(api.requests).toHaveLength(1);
  });
});
