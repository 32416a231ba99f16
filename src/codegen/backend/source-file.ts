import { generatedHeader } from '../code.js';
import { prettyJson } from '../layout.js';
import type { GeneratedFile } from '../generated-file.js';
import type { CodegenModel } from '../model/index.js';

/** A generated TypeScript file: the do-not-edit header, then the body, ending with one line break. */
export function sourceFile(model: CodegenModel, path: string, body: string): GeneratedFile {
  return { path, content: `${generatedHeader(model.name)}\n${body.trimEnd()}\n` };
}

/** A file the user owns (src/custom/**): no header, written once. */
export function ownedFile(path: string, body: string): GeneratedFile {
  return { path, content: `${body.trimEnd()}\n` };
}

/** A JSON file, formatted as Prettier would. */
export function jsonFile(path: string, value: unknown): GeneratedFile {
  return { path, content: `${prettyJson(value)}\n` };
}
