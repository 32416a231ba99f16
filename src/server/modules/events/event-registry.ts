import type { z } from 'zod';
import { AppError } from '../../../kernel/index.js';

/** The contract of one event type: its name, the current schema version, and the Zod schema of its data. */
export interface EventContract<T extends string = string, S extends z.ZodType = z.ZodType> {
  type: T;
  schemaVersion: number;
  schema: S;
}

/** Declares an event type; `schemaVersion` starts at 1 and goes up when the data's shape changes. */
export function defineEvent<T extends string, S extends z.ZodType>(
  type: T,
  schema: S,
  schemaVersion = 1,
): EventContract<T, S> {
  return { type, schema, schemaVersion };
}

/** Turns the data of `type` at `fromVersion` into its shape at `fromVersion + 1`. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
}

/** Events of types no module registered (integrations, the explorer) are JSON objects up to this size. */
export const MAX_UNREGISTERED_EVENT_BYTES = 64 * 1024;

/**
 * Every event type the modules know, with its upcasters. Pure: validation and upcasting touch no I/O,
 * so the same registry serves the server, tests and tools.
 */
export class EventRegistry {
  private readonly contracts = new Map<string, EventContract>();
  private readonly upcasters = new Map<string, Upcaster>();

  register(...contracts: EventContract[]): this {
    for (const contract of contracts) {
      if (this.contracts.has(contract.type))
        throw new Error(`event type ${contract.type} is registered twice`);
      this.contracts.set(contract.type, contract);
    }
    return this;
  }

  addUpcaster(...upcasters: Upcaster[]): this {
    for (const upcaster of upcasters)
      this.upcasters.set(`${upcaster.type}@${upcaster.fromVersion}`, upcaster);
    return this;
  }

  isRegistered(type: string): boolean {
    return this.contracts.has(type);
  }

  /**
   * Checks data against its type's contract and returns what is stored. Unregistered types are refused
   * unless `allowUnregistered`, and then must be a JSON object of at most 64 KB.
   */
  prepare(type: string, data: unknown, allowUnregistered: boolean): { schemaVersion: number; data: unknown } {
    const contract = this.contracts.get(type);
    if (contract) {
      const parsed = contract.schema.safeParse(data);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => ({
          path: ['data', ...issue.path.map(String)].join('.'),
          message: issue.message,
        }));
        throw new AppError('validation_failed', `The ${type} event does not match its contract`, {
          fieldProblems: problems,
          hint: `Fix the listed fields; ${type} is at schema version ${contract.schemaVersion}.`,
        });
      }
      return { schemaVersion: contract.schemaVersion, data: parsed.data };
    }
    if (!allowUnregistered) {
      throw new AppError('validation_failed', `The event type ${type} is not registered`, {
        hint: 'Register its contract with defineEvent() in the module that owns it.',
      });
    }
    checkUnregistered(type, data);
    return { schemaVersion: 1, data };
  }

  /** Brings stored data up to the current schema version, one upcaster at a time. */
  upcast(type: string, schemaVersion: number, data: unknown): { schemaVersion: number; data: unknown } {
    let version = schemaVersion;
    let current = data;
    for (let upcaster = this.upcasters.get(`${type}@${version}`); upcaster;) {
      current = upcaster.upcast(current);
      version += 1;
      upcaster = this.upcasters.get(`${type}@${version}`);
    }
    return { schemaVersion: version, data: current };
  }
}

function checkUnregistered(type: string, data: unknown): void {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AppError('validation_failed', `The data of ${type} must be a JSON object`, {
      fieldProblems: [{ path: 'data', message: 'must be an object' }],
    });
  }
  const bytes = Buffer.byteLength(JSON.stringify(data), 'utf8');
  if (bytes > MAX_UNREGISTERED_EVENT_BYTES) {
    throw new AppError('payload_too_large', `The data of ${type} is ${bytes} bytes; the limit is 64 KB`, {
      hint: 'Store large content elsewhere and put a reference in the event.',
    });
  }
}
