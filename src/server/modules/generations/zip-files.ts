import { strToU8, zipSync, type Zippable } from 'fflate';

// ZIP stores times in MS-DOS format, which starts in 1980.
const EARLIEST_ZIP_TIME = new Date('1980-01-01T00:00:00Z');

/**
 * Zips files under one top folder, the way a downloaded project unpacks into a folder of its own.
 * Every entry carries the same time (the generation's), so one generation always zips to the same bytes.
 */
export function zipFiles(
  topFolder: string,
  files: readonly { path: string; content: string }[],
  time: Date,
): Uint8Array {
  const mtime = time < EARLIEST_ZIP_TIME ? EARLIEST_ZIP_TIME : time;
  const entries: Zippable = {};
  for (const file of files) entries[`${topFolder}/${file.path}`] = strToU8(file.content);
  return zipSync(entries, { level: 6, mtime });
}
