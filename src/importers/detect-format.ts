/**
 * Which importer reads a file: by its extension first, then by what the text looks like.
 * @module
 */
import { AppError } from '../kernel/index.js';
import type { ImportFormat } from './import-types.js';

const FORMAT_BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  jdl: 'jdl',
  jh: 'jdl',
  json: 'openapi',
  yaml: 'openapi',
  yml: 'openapi',
};

/** The start of a JDL declaration, after any comments: `entity X`, `enum X`, `relationship …`, … */
const JDL_START = /^\s*(?:@\w+(?:\([^)]*\))?\s*)*(?:entity|enum|relationship|application|deployment)\b/m;
/** `openapi: 3…` in YAML or `"openapi": "3…"` in JSON. */
const OPENAPI_START = /^\s*["']?(?:openapi|swagger)["']?\s*:/m;

export function detectImportFormat(fileName: string, content: string): ImportFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const byExtension = extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
  if (byExtension !== undefined) return byExtension;
  const text = withoutComments(content);
  if (text.trimStart().startsWith('{') || OPENAPI_START.test(text)) return 'openapi';
  if (JDL_START.test(text)) return 'jdl';
  throw new AppError('bad_request', `cannot tell what kind of data model ${fileName} holds`, {
    hint:
      'Import a JHipster JDL file (.jdl or .jh) or an OpenAPI 3 document (.json, .yaml or .yml); ' +
      'rename the file with one of these extensions if its content is one of them.',
    details: { fileName, supportedFormats: ['jdl', 'openapi'] },
  });
}

/** Drops `//`, `/* *\/` and `#` comments so a file opening with a comment is still recognised. */
function withoutComments(content: string): string {
  return content.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*(?:\/\/|#).*$/gm, '');
}
