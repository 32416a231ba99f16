import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage } from '../../../../contracts/index.js';
import { message, renderChat, serveChat, SESSION_ID } from '../testing/fake-chat-server.js';

const HISTORY = [
  message(1, 'message', 'A clinic with patients and doctors'),
  message(2, 'reply', 'I drafted a clinic with Patient and Doctor.', {
    version: 1,
    inferences: [{ kind: 'compliance', subject: 'HIPAA', reason: 'Patients hold health data' }],
    openQuestions: ['Should patients book online?', 'Which languages do you need?'],
  }),
];

/** A server-sent event stream the test writes into, one chunk at a time. */
function controllableStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    send: (event: string, data: unknown) =>
      controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)),
    close: () => controller.close(),
  };
}

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function serve(messages: ChatMessage[], post?: () => Response) {
  serveChat(fetchMock, { messages: { [SESSION_ID]: messages }, post });
}

describe('PlatformChat', () => {
  it('shows the conversation with the reply’s explanation, its version and its open questions', async () => {
    serve(HISTORY);
    renderChat();
    const thread = await screen.findByRole('list', { name: 'Messages' });
    expect(within(thread).getByText('A clinic with patients and doctors')).toBeTruthy();
    expect(within(thread).getByText('I drafted a clinic with Patient and Doctor.')).toBeTruthy();
    expect(within(thread).getByText('HIPAA')).toBeTruthy();
    expect(within(thread).getByText('Version 1')).toBeTruthy();
    expect(within(thread).getByText('First draft of the Blueprint.')).toBeTruthy();
    expect(within(thread).getByRole('button', { name: 'Fork into a new platform' })).toBeTruthy();
    // The current version has nothing to restore.
    expect(within(thread).queryByRole('button', { name: 'Restore this version' })).toBeNull();
  });

  it('puts a quick reply’s question in the message box, focused, for the answer', async () => {
    const user = userEvent.setup();
    serve(HISTORY);
    renderChat();
    await user.click(await screen.findByRole('button', { name: 'Should patients book online?' }));
    const box = screen.getByRole('textbox', { name: 'Describe your platform' });
    expect((box as HTMLTextAreaElement).value).toBe('Should patients book online?\n');
    expect(document.activeElement).toBe(box);
  });

  it('renders the reply’s text as it streams in, before the result arrives', async () => {
    const user = userEvent.setup();
    const stream = controllableStream();
    serve(HISTORY, () => stream.response);
    renderChat();
    const box = await screen.findByRole('textbox', { name: 'Describe your platform' });
    await user.type(box, 'add prescriptions');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    // The message shows at once, and the box empties for the next one.
    expect(await screen.findByText('add prescriptions')).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe('');
    const [, init] = fetchMock.mock.calls.find(([, request]) => request?.method === 'POST')!;
    expect(new Headers(init?.headers).get('Accept')).toBe('text/event-stream');
    expect(JSON.parse(init?.body as string)).toEqual({ text: 'add prescriptions' });

    stream.send('text', { delta: 'Adding a Prescription' });
    expect(await screen.findByText('Adding a Prescription')).toBeTruthy();
    stream.send('text', { delta: ' linked to Patient.' });
    expect(await screen.findByText('Adding a Prescription linked to Patient.')).toBeTruthy();
    // Still answering: the send button says so and the old questions are not offered mid-reply.
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Should patients book online?' })).toBeNull();
  });

  it('shows the problem when the stream ends with an error event, and gives the text back', async () => {
    const user = userEvent.setup();
    const stream = controllableStream();
    serve(HISTORY, () => stream.response);
    renderChat();
    const box = await screen.findByRole('textbox', { name: 'Describe your platform' });
    await user.type(box, 'add prescriptions');
    await user.keyboard('{Enter}');
    stream.send('text', { delta: 'Adding' });
    stream.send('error', {
      type: 'about:blank',
      title: 'Upstream failed',
      status: 502,
      detail: 'The AI provider did not answer',
      code: 'upstream_failed',
      requestId: 'req-1',
    });
    stream.close();
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect((box as HTMLTextAreaElement).value).toBe('add prescriptions');
  });
});
