/**
 * OpenAPI 3 document (JSON or YAML) → Blueprint, from its `components.schemas`.
 * @module
 */
import type { Blueprint } from '../../contracts/index.js';
import { buildBlueprint, type BuildOptions } from '../draft/build-blueprint.js';
import type { ImportNotes } from '../import-types.js';
import { openApiToDraft } from './openapi-to-draft.js';
import { readOpenApiDocument } from './read-document.js';

export function importOpenApi(source: string, fileName: string, notes: ImportNotes): Blueprint {
  const document = readOpenApiDocument(source, fileName);
  const options: BuildOptions = { fileName, sourceFormat: 'OpenAPI 3' };
  if (document.title !== undefined) options.name = document.title;
  if (document.description !== undefined) options.description = document.description;
  return buildBlueprint(openApiToDraft(document.schemas, notes), options, notes);
}
