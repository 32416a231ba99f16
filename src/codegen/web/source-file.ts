/** How a generated web file is put together: the do-not-edit header, the body, one final line break. */
import { generatedHeader } from '../code.js';
import type { GeneratedFile } from '../generated-file.js';

/**
 * JSON cannot hold a comment; CSS takes a block comment; TypeScript a line comment. Files the user
 * owns (`owned`) carry no header: they are theirs to edit.
 */
export function webSourceFile(
  blueprintName: string,
  path: string,
  body: string,
  owned = false,
): GeneratedFile {
  const content = `${body.trimEnd()}\n`;
  if (owned || path.endsWith('.json')) return { path, content };
  const line = generatedHeader(blueprintName);
  const header = path.endsWith('.css') ? `/* ${line.replace(/^\/\/ /, '')} */` : line;
  return { path, content: `${header}\n${content}` };
}
