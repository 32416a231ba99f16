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

describe('EventStreamParser line ends and data', () => {
  it('reads CRLF line ends split between chunks, and bare CR ones', () => {
    const parser = new EventStreamParser();
    expect(parser.push('event: step\r')).toEqual([]);
    expect(parser.push('\ndata: 1\r\n\r')).toEqual([]);
    // A CR that ends a chunk may be half of a CRLF: its line waits for the next chunk, or the end.
    expect(parser.push('\nevent: step\rdata: 2\r\r')).toEqual([{ event: 'step', data: '1' }]);
    expect(parser.end()).toEqual([{ event: 'step', data: '2' }]);
  });

  it('joins multi-line data sent with CRLF and split across chunks', () => {
    const parser = new EventStreamParser();
    expect(parser.push('data: {"a":\r\ndata:')).toEqual([]);
    expect(parser.push(' 1}\r\n\r\n')).toEqual([{ event: 'message', data: '{"a":\n1}' }]);
  });

  it('names an event with an empty `event:` field `message`', () => {
    expect(new EventStreamParser().push('event:\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x' }]);
  });
});
