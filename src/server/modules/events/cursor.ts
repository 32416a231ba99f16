import { AppError } from '../../../kernel/index.js';

/** A position in a tenant's global order: events sort by the appending transaction, then by position. */
export interface Cursor {
  /** `xid8` as decimal text: it can exceed 2^53. */
  txId: string;
  position: number;
}

export const START: Cursor = { txId: '0', position: 0 };

export function parseCursor(text: string): Cursor {
  const match = /^(\d{1,20}):(\d{1,19})$/.exec(text);
  if (!match) {
    throw new AppError('validation_failed', `The cursor ${text} is not valid`, {
      fieldProblems: [{ path: 'query.after', message: 'must look like 0:0 or 1234:5678' }],
      hint: 'Use 0:0 to start, then the `next` cursor of each page.',
    });
  }
  return { txId: BigInt(match[1]!).toString(), position: Number(match[2]) };
}

export function formatCursor(cursor: Cursor): string {
  return `${cursor.txId}:${cursor.position}`;
}
