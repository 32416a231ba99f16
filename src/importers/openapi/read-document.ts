/**
 * Reads an OpenAPI 3 document (YAML or JSON, which YAML also reads) and hands back its component
 * schemas, refusing Swagger 2 and documents without schemas with a message saying what to do.
 * @module
 */
import { parseDocument } from 'yaml';
import { AppError } from '../../kernel/index.js';
import { isRecord, written, type Schema } from './schema-access.js';

export interface OpenApiModel {
  title?: string;
  description?: string;
  schemas: ReadonlyMap<string, Schema>;
}

export function readOpenApiDocument(source: string, fileName: string): OpenApiModel {
  const document = parseDocument(source);
  const error = document.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    throw new AppError(
      'bad_request',
      `${fileName} is not valid YAML or JSON${where}: ${firstLine(error.message)}`,
      {
        hint: 'Fix the syntax there (a missing quote, comma or indentation is the usual cause) and import it again.',
        details: at ? { line: at.line, column: at.col } : {},
      },
    );
  }
  const root: unknown = document.toJS({ maxAliasCount: 100 });
  if (!isRecord(root)) throw notOpenApi(fileName, 'it does not hold an object at the top level');
  if (root.swagger !== undefined) {
    throw new AppError(
      'bad_request',
      `${fileName} is a Swagger ${written(root.swagger)} document; WebNova imports OpenAPI 3`,
      {
        hint: "Convert it to OpenAPI 3 first (for example with Swagger Editor's Edit → Convert to OpenAPI 3, or the swagger2openapi tool), then import the result.",
      },
    );
  }
  if (typeof root.openapi !== 'string' || !root.openapi.startsWith('3.')) {
    throw notOpenApi(fileName, 'it has no `openapi: 3.x` version field');
  }
  const components = root.components;
  const schemas = isRecord(components) ? components.schemas : undefined;
  if (!isRecord(schemas) || Object.keys(schemas).length === 0) {
    throw new AppError(
      'bad_request',
      `${fileName} has no schemas under \`components.schemas\` to turn into entities`,
      {
        hint: 'The importer builds one entity per object schema in components.schemas: define your data types there (not only inline in paths) and import again.',
      },
    );
  }
  const info = isRecord(root.info) ? root.info : {};
  const model: OpenApiModel = {
    schemas: new Map(
      Object.entries(schemas).flatMap(([name, schema]) => (isRecord(schema) ? [[name, schema]] : [])),
    ),
  };
  if (typeof info.title === 'string') model.title = info.title;
  if (typeof info.description === 'string') model.description = info.description;
  return model;
}

function notOpenApi(fileName: string, reason: string): AppError {
  return new AppError('bad_request', `${fileName} is not an OpenAPI 3 document: ${reason}`, {
    hint: 'Import an OpenAPI 3 document (it starts with `openapi: 3.0.3` or similar), or a JHipster JDL file (.jdl).',
  });
}

/** The parser's own message, without its code frame and its repeated position. */
function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
