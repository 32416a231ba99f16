/** The longest line kept whole: a process that never writes a newline must not grow a buffer forever. */
export const MAX_LINE_CHARS = 16_384;

/**
 * Cuts a stream of chunks into lines. A chunk may end mid-line (or mid-character): the rest waits for
 * the next chunk. Bytes are decoded with a streaming decoder so a UTF-8 character split across two
 * chunks is not mangled.
 */
export class LineSplitter {
  private readonly decoder = new TextDecoder('utf-8');
  private partial = '';

  /** The complete lines in `chunk` (without their line endings). */
  push(chunk: Buffer | string): string[] {
    const text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const pieces = (this.partial + text).split('\n');
    this.partial = pieces.pop() ?? '';
    const lines = pieces.map(withoutCarriageReturn);
    while (this.partial.length > MAX_LINE_CHARS) {
      lines.push(this.partial.slice(0, MAX_LINE_CHARS));
      this.partial = this.partial.slice(MAX_LINE_CHARS);
    }
    return lines;
  }

  /** The unfinished last line, if any, once the stream has ended. */
  flush(): string[] {
    const rest = this.partial + this.decoder.decode();
    this.partial = '';
    return rest === '' ? [] : [withoutCarriageReturn(rest)];
  }
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
