/**
 * One deployment's log: the latest lines in memory for tail, search and live following, and every line
 * on disk as JSON lines so a WebNova restart keeps them (and their sequence numbers).
 * @module
 */
import { systemClock, type Clock } from '../../../../kernel/index.js';
import { type DeploymentLogLine } from '../../../../contracts/index.js';
import { LineSplitter } from './line-splitter.js';
import { LogFileWriter, readStoredTail } from './log-file.js';

export interface LogBookOptions {
  file: string;
  /** Lines kept in memory. */
  capacity?: number;
  /** The file is rotated to `<file>.1` past this size. */
  maxFileBytes?: number;
  clock?: Clock;
  /** Told when a line could not be written to disk; defaults to a warning on stderr. */
  onWriteError?: (error: unknown) => void;
}

type ProcessStream = 'stdout' | 'stderr';

export class LogBook {
  private readonly capacity: number;
  private readonly clock: Clock;
  private readonly writer: LogFileWriter;
  private readonly lines: DeploymentLogLine[] = [];
  private readonly splitters: Record<ProcessStream, LineSplitter> = {
    stdout: new LineSplitter(),
    stderr: new LineSplitter(),
  };
  private readonly listeners = new Set<(line: DeploymentLogLine) => void>();
  private nextSeq = 0;
  private loading: Promise<void> | undefined;

  constructor(private readonly options: LogBookOptions) {
    this.capacity = options.capacity ?? 2_000;
    this.clock = options.clock ?? systemClock;
    const warn = (error: unknown) => console.warn(`log file ${options.file} could not be written:`, error);
    this.writer = new LogFileWriter(
      options.file,
      options.maxFileBytes ?? 5 * 1024 * 1024,
      options.onWriteError ?? warn,
    );
  }

  /** A log book with the tail of its existing file already loaded. */
  static async open(options: LogBookOptions): Promise<LogBook> {
    const book = new LogBook(options);
    await book.load();
    return book;
  }

  /**
   * Loads the tail of an existing file, so numbering continues where it stopped. Idempotent. Call it
   * before the first line is added (`open` does): lines added earlier would be numbered from 0 again.
   */
  load(): Promise<void> {
    this.loading ??= (async () => {
      await this.writer.open();
      const stored = await readStoredTail(this.options.file, this.capacity);
      this.lines.unshift(...stored);
      const lastSeq = stored.at(-1)?.seq;
      if (lastSeq !== undefined) this.nextSeq = Math.max(this.nextSeq, lastSeq + 1);
    })();
    return this.loading;
  }

  /** Output of the process: complete lines are added now, a partial last line waits for its newline. */
  append(stream: ProcessStream, chunk: Buffer | string): void {
    for (const text of this.splitters[stream].push(chunk)) this.add(stream, text);
  }

  /** Adds the unfinished last line of a stream that has ended. */
  endStream(stream: ProcessStream): void {
    for (const text of this.splitters[stream].flush()) this.add(stream, text);
  }

  /** The supervisor's own line, e.g. "started pid 123". */
  system(text: string): void {
    this.add('system', text);
  }

  /** The latest `count` lines, oldest first; with `search`, the latest `count` lines containing it (any case). */
  tail(count: number, search?: string): DeploymentLogLine[] {
    if (count <= 0) return [];
    const needle = search?.toLowerCase();
    const matching = needle
      ? this.lines.filter((line) => line.text.toLowerCase().includes(needle))
      : this.lines;
    return matching.slice(-count);
  }

  /** The lines after `seq` still in memory, oldest first: a follower resumes from the last line it saw. */
  after(seq: number): DeploymentLogLine[] {
    const firstNewer = this.lines.findIndex((line) => line.seq > seq);
    return firstNewer === -1 ? [] : this.lines.slice(firstNewer);
  }

  /** Calls `listener` with every new line; returns the way to stop. */
  subscribe(listener: (line: DeploymentLogLine) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for the lines written so far to reach the disk. */
  async close(): Promise<void> {
    await this.loading;
    await this.writer.settled();
    this.listeners.clear();
  }

  private add(stream: DeploymentLogLine['stream'], text: string): void {
    const line: DeploymentLogLine = { seq: this.nextSeq++, at: this.clock.now().toISOString(), stream, text };
    this.lines.push(line);
    if (this.lines.length > this.capacity) this.lines.splice(0, this.lines.length - this.capacity);
    this.writer.write(`${JSON.stringify(line)}\n`);
    for (const listener of this.listeners) {
      try {
        listener(line);
      } catch {
        // A broken follower (say, a closed HTTP stream) must not stop the log or the other followers.
      }
    }
  }
}
