/** The PostgreSQL error under whatever Drizzle or the driver wrapped around it. */
export interface DatabaseErrorInfo {
  /** SQLSTATE, e.g. `23505` for a unique violation. */
  code: string;
  message: string;
  constraint?: string | undefined;
}

export const SQLSTATE = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  insufficientPrivilege: '42501',
  serializationFailure: '40001',
} as const;

export function databaseErrorOf(error: unknown): DatabaseErrorInfo | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (typeof current === 'object' && current !== null && 'code' in current) {
      const candidate = current as { code?: unknown; message?: unknown; constraint?: unknown };
      if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
        return {
          code: candidate.code,
          message: typeof candidate.message === 'string' ? candidate.message : '',
          constraint: typeof candidate.constraint === 'string' ? candidate.constraint : undefined,
        };
      }
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
