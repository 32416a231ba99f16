import { describe, expect, it } from 'vitest';
import { EventStreamParser } from './event-stream-parser.js';

describe('EventStreamParser', () => {
  it('reads named events, skipping comments, with data lines joined', () => {
    const parser = new EventStreamParser();
    expect(
      parser.push(': keep-alive\n\nevent: step\ndata: {"step":"build"}\n\ndata: a\ndata: b\n\n'),
    ).toEqual([
      { event: 'step', data: '{"step":"build"}' },
      { event: 'message', data: 'a\nb' },
    ]);
  });

  it('keeps an event split across chunks until its blank line arrives', () => {
    const parser = new EventStreamParser();
    expect(parser.push('event: li')).toEqual([]);
    expect(parser.push('ne\r\ndata: {"seq":1}\r\n')).toEqual([]);
    expect(parser.push('\r\nevent: line\ndata: {"seq":2}')).toEqual([{ event: 'line', data: '{"seq":1}' }]);
    expect(parser.end()).toEqual([{ event: 'line', data: '{"seq":2}' }]);
    expect(parser.end()).toEqual([]);
  });

  it('ignores events without data, as EventSource does', () => {
    expect(new EventStreamParser().push('event: ping\n\n')).toEqual([]);
  });
});
