/**
 * Test support for the importers: fixture models, lookups in an imported Blueprint, caught errors.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { Blueprint, Entity, Field } from '../contracts/index.js';
import { AppError } from '../kernel/index.js';
import type { ImportNote } from './import-types.js';
import { importDataModel, type ImportResult } from './index.js';

/** The text of a model in `fixtures/`. */
export function readFixture(fileName: string): string {
  return readFileSync(new URL(`./fixtures/${fileName}`, import.meta.url), 'utf8');
}

export function importFixture(fileName: string): ImportResult {
  return importDataModel(readFixture(fileName), { fileName });
}

export function entityOf(blueprint: Blueprint, name: string): Entity {
  const entity = blueprint.entities.find((candidate) => candidate.name === name);
  if (!entity) throw new Error(`no entity ${name} in ${blueprint.entities.map((e) => e.name).join(', ')}`);
  return entity;
}

export function fieldOf(blueprint: Blueprint, entityName: string, fieldName: string): Field {
  const field = entityOf(blueprint, entityName).fields.find((candidate) => candidate.name === fieldName);
  if (!field) throw new Error(`no field ${entityName}.${fieldName}`);
  return field;
}

/** The notes' messages, optionally only those of one severity. */
export function messagesOf(result: ImportResult, severity?: ImportNote['severity']): string[] {
  return result.notes
    .filter((note) => severity === undefined || note.severity === severity)
    .map((note) => note.message);
}

/** The AppError `run` throws; fails the test when it throws nothing or something else. */
export function catchAppError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, but nothing was thrown');
}
