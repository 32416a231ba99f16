import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DeploymentLogLine } from '../../../../contracts/index.js';
import { LogBook } from './log-book.js';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'webnova-logbook-'));
  file = join(dir, 'nested', 'deployment.log');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function storedLines(path: string, options = { skipBroken: false }): Promise<DeploymentLogLine[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '' && !(options.skipBroken && !line.endsWith('}')))
    .map((line) => JSON.parse(line) as DeploymentLogLine);
}

describe('LogBook', () => {
  it('splits chunks into lines per stream, keeping a partial line until its newline', async () => {
    const book = await LogBook.open({ file });
    book.append('stdout', 'one\ntw');
    book.append('stderr', Buffer.from('err 1\r\n'));
    expect(book.tail(10).map((line) => line.text)).toEqual(['one', 'err 1']);
    book.append('stdout', 'o\nthree\n');
    book.system('started pid 1');
    const lines = book.tail(10);
    expect(lines.map((line) => [line.stream, line.text])).toEqual([
      ['stdout', 'one'],
      ['stderr', 'err 1'],
      ['stdout', 'two'],
      ['stdout', 'three'],
      ['system', 'started pid 1'],
    ]);
    expect(lines.map((line) => line.seq)).toEqual([0, 1, 2, 3, 4]);
    await book.close();
  });

  it('adds the unfinished last line when a stream ends', async () => {
    const book = await LogBook.open({ file });
    book.append('stderr', 'no newline at the end');
    expect(book.tail(5)).toEqual([]);
    book.endStream('stderr');
    expect(book.tail(5).map((line) => line.text)).toEqual(['no newline at the end']);
    await book.close();
  });

  it('searches without regard to case, resumes after a seq, and tells subscribers', async () => {
    const book = await LogBook.open({ file });
    const heard: string[] = [];
    const unsubscribe = book.subscribe((line) => heard.push(line.text));
    book.append('stdout', 'GET /health 200\nPOST /orders 500\nget /health 200\n');
    unsubscribe();
    book.system('after unsubscribe');
    expect(book.tail(10, 'HEALTH').map((line) => line.text)).toEqual(['GET /health 200', 'get /health 200']);
    expect(book.tail(1, 'health').map((line) => line.text)).toEqual(['get /health 200']);
    expect(book.tail(0)).toEqual([]);
    expect(book.after(1).map((line) => line.seq)).toEqual([2, 3]);
    expect(book.after(3)).toEqual([]);
    expect(heard).toEqual(['GET /health 200', 'POST /orders 500', 'get /health 200']);
    await book.close();
  });

  it('keeps only the latest lines in memory but every line on disk', async () => {
    const book = await LogBook.open({ file, capacity: 3 });
    for (let i = 0; i < 5; i += 1) book.system(`line ${i}`);
    expect(book.tail(10).map((line) => line.text)).toEqual(['line 2', 'line 3', 'line 4']);
    expect(book.after(-1).map((line) => line.seq)).toEqual([2, 3, 4]);
    await book.close();
    expect((await storedLines(file)).map((line) => line.text)).toEqual([
      'line 0',
      'line 1',
      'line 2',
      'line 3',
      'line 4',
    ]);
  });

  it('reopened from its file, keeps the lines and continues their numbering', async () => {
    const first = await LogBook.open({ file });
    first.append('stdout', 'before the restart\n');
    first.system('stopped');
    await first.close();

    const second = await LogBook.open({ file });
    second.append('stderr', 'after the restart\n');
    expect(second.tail(10).map((line) => [line.seq, line.stream, line.text])).toEqual([
      [0, 'stdout', 'before the restart'],
      [1, 'system', 'stopped'],
      [2, 'stderr', 'after the restart'],
    ]);
    await second.close();
    expect((await storedLines(file)).map((line) => line.seq)).toEqual([0, 1, 2]);
  });

  it('rotates a full file to <file>.1 and still loads across both', async () => {
    const book = await LogBook.open({ file, maxFileBytes: 2_000 });
    for (let i = 0; i < 40; i += 1) {
      book.system(`line ${i} ${'x'.repeat(40)}`);
      await book.close(); // one write per line, so rotation happens between lines
    }
    expect((await stat(`${file}.1`)).size).toBeGreaterThan(0);
    expect((await stat(file)).size).toBeLessThanOrEqual(2_000);
    const reopened = await LogBook.open({ file, capacity: 1_000, maxFileBytes: 2_000 });
    const seqs = reopened.tail(1_000).map((line) => line.seq);
    expect(seqs.at(-1)).toBe(39);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    reopened.system('next');
    expect(reopened.tail(1)[0]?.seq).toBe(40);
    await reopened.close();
  });

  it('skips a torn last line left by a crash', async () => {
    const book = await LogBook.open({ file });
    book.system('whole');
    await book.close();
    await appendFile(file, '{"seq":1,"at":"2026-');
    const reopened = await LogBook.open({ file });
    expect(reopened.tail(10).map((line) => line.text)).toEqual(['whole']);
    reopened.system('next');
    expect(reopened.tail(1)[0]?.seq).toBe(1);
    await reopened.close();
    expect((await storedLines(file, { skipBroken: true })).map((line) => line.text)).toEqual([
      'whole',
      'next',
    ]);
  });
});
