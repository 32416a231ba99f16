/**
 * Names as PostgreSQL writes them, so a migrated database and a freshly created one agree on every
 * constraint and index name (and a later migration can find them).
 * @module
 */

const MAX_IDENTIFIER_BYTES = 63;

/** An identifier as PostgreSQL stores it: longer names are cut at 63 bytes (ours are ASCII). */
export function truncated(name: string): string {
  return name.slice(0, MAX_IDENTIFIER_BYTES);
}

/**
 * The name PostgreSQL chooses for a constraint declared without one (`<table>_<columns>_<label>`):
 * when too long, it shortens the longer of the two parts first rather than cutting the end, so the
 * label survives. Mirrors `makeObjectName` in PostgreSQL's source.
 */
export function implicitConstraintName(table: string, columns: readonly string[], label: string): string {
  const second = columns.join('_');
  const overhead = label.length + 1 + (second ? 1 : 0);
  const available = MAX_IDENTIFIER_BYTES - overhead;
  let firstLength = table.length;
  let secondLength = second.length;
  while (firstLength + secondLength > available) {
    if (firstLength > secondLength) firstLength -= 1;
    else secondLength -= 1;
  }
  const parts = [table.slice(0, firstLength), ...(second ? [second.slice(0, secondLength)] : []), label];
  return parts.join('_');
}

export function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

export function sqlText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
