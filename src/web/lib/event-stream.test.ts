import { describe, expect, it } from 'vitest';
import { readEventStream } from './event-stream.js';

function streamOf(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) {
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      }
      controller.close();
    },
  });
}

async function collect(chunks: (string | Uint8Array)[]) {
  const events = [];
  for await (const event of readEventStream(streamOf(chunks))) events.push(event);
  return events;
}

describe('readEventStream', () => {
  it('yields events whose lines arrive split across chunks', async () => {
    expect(
      await collect(['event: te', 'xt\ndata: {"delta":"Hel', 'lo"}\n', '\nevent: result\ndata: {}\n\n']),
    ).toEqual([
      { event: 'text', data: '{"delta":"Hello"}' },
      { event: 'result', data: '{}' },
    ]);
  });

  it('skips keep-alive comments, accepts CRLF and a last event without a blank line', async () => {
    expect(await collect([': keep-alive\n\n', 'event: text\r\ndata: 1\r\n\r\n', 'data: 2'])).toEqual([
      { event: 'text', data: '1' },
      { event: 'message', data: '2' },
    ]);
  });

  it('joins multi-line data with newlines', async () => {
    expect(await collect(['data: a\ndata: b\n\n'])).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('reads CRLF line ends split between chunks, and bare CR ones', async () => {
    expect(await collect(['event: step\r', '\ndata: 1\r\n\r', '\n', 'event: step\rdata: 2\r\r'])).toEqual([
      { event: 'step', data: '1' },
      { event: 'step', data: '2' },
    ]);
  });

  it('joins multi-line data sent with CRLF and split across chunks', async () => {
    expect(await collect(['data: {"a":\r\ndata:', ' 1}\r\n', '\r\n'])).toEqual([
      { event: 'message', data: '{"a":\n1}' },
    ]);
  });

  it('keeps a character whose UTF-8 bytes are split across chunks', async () => {
    const bytes = new TextEncoder().encode('data: é\n\n');
    const split = bytes.indexOf(0xc3) + 1;
    expect(await collect([bytes.slice(0, split), bytes.slice(split)])).toEqual([
      { event: 'message', data: 'é' },
    ]);
  });

  it('yields no event for a block without data', async () => {
    expect(await collect(['event: ping\n\n', 'id: 7\n\n', 'event: text\ndata: x\n\n'])).toEqual([
      { event: 'text', data: 'x' },
    ]);
  });

  it('ends quietly once the signal aborts, without reading further', async () => {
    const controller = new AbortController();
    const events = [];
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(new TextEncoder().encode('data: 1\n\ndata: 2\n\n'));
        // Left open, like a live stream: only the abort can end the read.
      },
    });
    for await (const event of readEventStream(body, controller.signal)) {
      events.push(event);
      controller.abort();
    }
    expect(events).toEqual([{ event: 'message', data: '1' }]);
  });
});
