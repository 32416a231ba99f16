import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function auditFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/audit/record-change.ts',
    code`
      import type { Tx } from '../db/client.js';
      import { auditLog } from '../db/schema/index.js';

      export interface Change {
        userId: string | null;
        action: 'create' | 'update' | 'delete';
        entity: string;
        recordId: string;
        /** Values before and after, with encrypted fields left out. */
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
      }

      /** Written in the same transaction as the change, so no change goes unrecorded. */
      export async function recordChange(tx: Tx, change: Change): Promise<void> {
        await tx.insert(auditLog).values(change);
      }
    `,
  );
}
