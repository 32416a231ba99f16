import { v7 as uuidv7, validate as isUuid } from 'uuid';

/** Time-ordered ids (UUIDv7) so primary-key indexes stay append-mostly. */
export function newId(): string {
  return uuidv7();
}

export { isUuid };
