/**
 * The log's copy on disk: JSON lines, appended in order by one writer, rotated to `<file>.1` when the
 * file grows past its limit (one older file is kept, the one before is dropped).
 * @module
 */
import { appendFile, mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DeploymentLogLine } from '../../../../contracts/index.js';

export function rotatedPath(file: string): string {
  return `${file}.1`;
}

/** Appends text in batches, one write at a time, so lines stay in order without blocking the event loop. */
export class LogFileWriter {
  private pending: string[] = [];
  private flushing: Promise<void> | undefined;
  private size = 0;

  constructor(
    private readonly file: string,
    private readonly maxFileBytes: number,
    /** Told once per failed write; the in-memory log keeps working when the disk does not. */
    private readonly onError: (error: unknown) => void,
  ) {}

  async open(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    this.size = await fileSize(this.file);
    // A line torn by a crash mid-write would swallow the next one: start the next line on its own.
    if (this.size > 0 && !(await endsWithNewline(this.file, this.size))) this.write('\n');
  }

  write(text: string): void {
    this.pending.push(text);
    this.flushing ??= this.drain().finally(() => {
      this.flushing = undefined;
    });
  }

  /** Resolves once everything written so far is on disk. */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.join('');
      this.pending = [];
      try {
        if (this.size > 0 && this.size + Buffer.byteLength(batch) > this.maxFileBytes) {
          await rename(this.file, rotatedPath(this.file));
          this.size = 0;
        }
        await appendFile(this.file, batch);
        this.size += Buffer.byteLength(batch);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}

/** The last `count` lines stored in `file` (and, when it holds fewer, in its rotated predecessor). */
export async function readStoredTail(file: string, count: number): Promise<DeploymentLogLine[]> {
  const current = await readLines(file);
  if (current.length >= count) return current.slice(-count);
  const older = await readLines(rotatedPath(file));
  return [...older, ...current].slice(-count);
}

async function readLines(file: string): Promise<DeploymentLogLine[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const lines: DeploymentLogLine[] = [];
  for (const raw of text.split('\n')) {
    const line = parseLine(raw);
    if (line) lines.push(line);
  }
  return lines;
}

/** A torn last line (WebNova died mid-write) or a foreign line is skipped, not fatal. */
function parseLine(raw: string): DeploymentLogLine | undefined {
  if (raw.trim() === '') return undefined;
  try {
    const parsed = DeploymentLogLine.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function endsWithNewline(file: string, size: number): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
