/**
 * JHipster JDL text → Blueprint.
 * @module
 */
import type { Blueprint } from '../../contracts/index.js';
import { buildBlueprint } from '../draft/build-blueprint.js';
import type { ImportNotes } from '../import-types.js';
import { jdlToDraft } from './jdl-to-draft.js';
import { parseJdl } from './parse-jdl.js';

export function importJdl(source: string, fileName: string, notes: ImportNotes): Blueprint {
  const draft = jdlToDraft(parseJdl(source), notes);
  return buildBlueprint(draft, { fileName, sourceFormat: 'JHipster JDL' }, notes);
}
