import { describe, expect, it } from 'vitest';
import { readEventStream } from './event-stream.js';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]) {
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
});
