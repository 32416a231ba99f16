/**
 * What an import returns: the Blueprint it built and everything a person should know about how the
 * source model was read (what was renamed, guessed, or could not be carried over).
 * @module
 */
import type { Blueprint } from '../contracts/index.js';

export type ImportFormat = 'jdl' | 'openapi';

export interface ImportNote {
  severity: 'info' | 'warning';
  message: string;
  /** Where in the source the note applies, when the format gives positions (JDL does). */
  line?: number;
  column?: number;
}

export interface ImportResult {
  format: ImportFormat;
  blueprint: Blueprint;
  notes: ImportNote[];
}

/** A place in a source text, counted from 1. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Collects notes in the order they were found, so the person reads them top to bottom. */
export class ImportNotes {
  readonly list: ImportNote[] = [];

  info(message: string, at?: SourcePosition): void {
    this.add('info', message, at);
  }

  warn(message: string, at?: SourcePosition): void {
    this.add('warning', message, at);
  }

  private add(severity: ImportNote['severity'], message: string, at?: SourcePosition): void {
    this.list.push(at ? { severity, message, line: at.line, column: at.column } : { severity, message });
  }
}
