import { describe, expect, it } from 'vitest';
import { parseEventStream } from './event-stream-reader.js';

describe('parseEventStream', () => {
  it('reads named events in order, skipping comments, with their JSON data', () => {
    const body =
      'event: text\ndata: {"delta":"Hello "}\n\n: keep-alive\n\nevent: text\ndata: {"delta":"world"}\n\n' +
      'event: result\ndata: {"ok":true}\n\n';
    expect(parseEventStream(body)).toEqual([
      { event: 'text', data: { delta: 'Hello ' } },
      { event: 'text', data: { delta: 'world' } },
      { event: 'result', data: { ok: true } },
    ]);
  });

  it('joins multi-line data and names unnamed events "message"', () => {
    expect(parseEventStream('data: [1,\r\ndata: 2]\r\n\r\n')).toEqual([{ event: 'message', data: [1, 2] }]);
  });
});
