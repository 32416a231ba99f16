/**
 * Importers: an existing data model (a JHipster JDL file, or the component schemas of an OpenAPI 3
 * document) becomes a valid Blueprint, with notes on everything that was guessed, renamed or left out.
 * Pure: takes text, returns data; reading files is the caller's job.
 * @module
 */
import { AppError } from '../kernel/index.js';
import { detectImportFormat } from './detect-format.js';
import { ImportNotes, type ImportFormat, type ImportResult } from './import-types.js';
import { importJdl } from './jdl/import-jdl.js';
import { importOpenApi } from './openapi/import-openapi.js';

export { detectImportFormat };
export type { ImportFormat, ImportNote, ImportResult } from './import-types.js';

export interface ImportOptions {
  /** The file's name, used to pick the format and to name the Blueprint (`city-clinic.jdl` → `city-clinic`). */
  fileName: string;
  /** Skips detection when the caller already knows the format. */
  format?: ImportFormat;
}

/**
 * @example
 * const { blueprint, notes } = importDataModel(jdlText, { fileName: 'clinic.jdl' });
 */
export function importDataModel(content: string, options: ImportOptions): ImportResult {
  if (content.trim().length === 0) {
    throw new AppError('bad_request', `${options.fileName} is empty`, {
      hint: 'Import a file holding a JHipster JDL model or an OpenAPI 3 document.',
    });
  }
  const format = options.format ?? detectImportFormat(options.fileName, content);
  const notes = new ImportNotes();
  const blueprint =
    format === 'jdl'
      ? importJdl(content, options.fileName, notes)
      : importOpenApi(content, options.fileName, notes);
  return { format, blueprint, notes: notes.list };
}
