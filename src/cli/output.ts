/** Where a command writes; tests pass their own streams. */
export interface OutputStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * Results go to stdout: with `--json` exactly one JSON document (so `| jq` always works), otherwise
 * text for people. Notes and warnings go to stderr so they never corrupt piped output.
 */
export class Output {
  constructor(
    readonly json: boolean,
    private readonly streams: OutputStreams = process,
  ) {}

  /** Prints `data` as JSON, or what `human` makes of it. */
  result<T>(data: T, human: (data: T) => string): void {
    const text = this.json ? JSON.stringify(data, null, 2) : human(data);
    this.streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /**
   * One record of a stream (`events tail`): with `--json` a single-line JSON object, so the output is
   * NDJSON a reader can consume while it grows; otherwise what `human` makes of it, on one line.
   */
  record<T>(data: T, human: (data: T) => string): void {
    const text = this.json ? JSON.stringify(data) : human(data).replace(/\s*\n\s*/g, ' ');
    this.streams.stdout.write(`${text}\n`);
  }

  note(text: string): void {
    this.streams.stderr.write(`${text}\n`);
  }
}

/** A plain aligned table; `empty` is shown instead of a lone header when there are no rows. */
export function formatTable<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  empty = '(none)',
): string {
  if (rows.length === 0) return empty;
  const cells = rows.map((row) => columns.map((column) => cellText(column.value(row))));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((line) => (line[index] ?? '').length)),
  );
  const render = (line: string[]) =>
    line
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  return [render(columns.map((column) => column.header.toUpperCase())), ...cells.map(render)].join('\n');
}

/** `key: value` lines with the keys aligned, for a single record. */
export function formatFields(
  fields: readonly [string, string | number | boolean | null | undefined][],
): string {
  const width = Math.max(...fields.map(([key]) => key.length));
  return fields.map(([key, value]) => `${`${key}:`.padEnd(width + 1)} ${cellText(value)}`).join('\n');
}

function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return '-';
  // A newline inside a cell would break the table's alignment.
  return String(value).replace(/\s*\n\s*/g, ' ');
}

/** Timestamps shortened to the minute, in UTC as the server stores them: enough to read a list. */
export function shortTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')}Z`;
}
