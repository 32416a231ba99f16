import { describe, expect, it } from 'vitest';
import { readEvents, type StreamEvent } from './event-stream.js';

function bodyOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  for await (const event of readEvents(bodyOf(chunks))) events.push(event);
  return events;
}

describe('readEvents', () => {
  it('joins events split across chunks and skips keep-alive comments', async () => {
    const events = await collect([
      'event: step\ndata: {"step":"gen',
      'erate","status":"done"}\n\n: keep-alive\n\n',
      'event: result\r\ndata: {"id":1}\r\n\r\n',
    ]);
    expect(events).toEqual([
      { event: 'step', data: { step: 'generate', status: 'done' } },
      { event: 'result', data: { id: 1 } },
    ]);
  });

  it('keeps data that is not JSON as text, and names unnamed events "message"', async () => {
    expect(await collect(['data: plain words\n\n'])).toEqual([{ event: 'message', data: 'plain words' }]);
  });
});
