import { describe, expect, it } from 'vitest';
import { detectImportFormat, importDataModel } from './index.js';
import { catchAppError } from './test-support.js';

describe('detectImportFormat', () => {
  it.each([
    ['clinic.jdl', 'jdl'],
    ['clinic.JH', 'jdl'],
    ['api.json', 'openapi'],
    ['api.yaml', 'openapi'],
    ['folder/api.YML', 'openapi'],
  ] as const)('reads %s as %s by its extension, whatever it holds', (fileName, format) => {
    expect(detectImportFormat(fileName, 'anything')).toBe(format);
  });

  it.each([
    ['entity Patient { name String }', 'jdl'],
    ['// the clinic\n/* model */\n@readOnly\nentity Patient', 'jdl'],
    ['\n\nrelationship ManyToOne { A to B }', 'jdl'],
    ['application { config { baseName x } }', 'jdl'],
    ['openapi: 3.0.0\ninfo: {}', 'openapi'],
    ['# an API\nopenapi: "3.1.0"', 'openapi'],
    ['{ "openapi": "3.0.3" }', 'openapi'],
    ['swagger: "2.0"', 'openapi'],
  ] as const)('reads content %j as %s when the name has no known extension', (content, format) => {
    expect(detectImportFormat('model.txt', content)).toBe(format);
  });

  it('refuses what it cannot recognise, naming the supported formats', () => {
    const error = catchAppError(() => detectImportFormat('notes.txt', 'Shopping list: milk, eggs'));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('cannot tell what kind of data model notes.txt holds');
    expect(error.hint).toContain('JHipster JDL file (.jdl or .jh)');
    expect(error.hint).toContain('OpenAPI 3 document (.json, .yaml or .yml)');
  });
});

describe('importDataModel', () => {
  it('uses the format it is given instead of detecting one', () => {
    const result = importDataModel('entity Patient { name String }', {
      fileName: 'model.yaml',
      format: 'jdl',
    });
    expect(result.format).toBe('jdl');
    expect(result.blueprint.slug).toBe('model');
  });

  it('refuses an empty file', () => {
    const error = catchAppError(() => importDataModel('  \n', { fileName: 'empty.jdl' }));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('empty.jdl is empty');
  });
});
