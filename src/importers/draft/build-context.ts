/**
 * State shared while a draft becomes a Blueprint: the notes for the person, the problems that make
 * the model impossible to import, and the names already given out (so nothing collides).
 * @module
 */
import type { ImportNotes, SourcePosition } from '../import-types.js';

export interface BuildProblem {
  message: string;
  at?: SourcePosition;
}

/**
 * An entity's members share one namespace, as the Blueprint's validation sees it: fields, relation
 * names and inverse names are compared ignoring case, and fields and foreign keys share the columns.
 */
export class MemberNamespace {
  private readonly names = new Set<string>();
  private readonly columns = new Set<string>();

  isFree(name: string, column?: string): boolean {
    return !this.names.has(name.toLowerCase()) && (column === undefined || !this.columns.has(column));
  }

  claim(name: string, column?: string): void {
    this.names.add(name.toLowerCase());
    if (column !== undefined) this.columns.add(column);
  }
}

export class BuildContext {
  readonly problems: BuildProblem[] = [];
  /** Source entity name → Blueprint entity name. */
  readonly entityNames = new Map<string, string>();
  /** Every source entity name, including those that could not be given a Blueprint name. */
  readonly declaredEntities = new Set<string>();
  private readonly namespaces = new Map<string, MemberNamespace>();

  constructor(readonly notes: ImportNotes) {}

  problem(message: string, at?: SourcePosition): void {
    this.problems.push(at ? { message, at } : { message });
  }

  membersOf(entity: string): MemberNamespace {
    let namespace = this.namespaces.get(entity);
    if (!namespace) {
      namespace = new MemberNamespace();
      this.namespaces.set(entity, namespace);
    }
    return namespace;
  }
}

/** ` (line 3, column 8)` when the source gives a position, for messages listing several problems. */
export function where(at: SourcePosition | undefined): string {
  return at ? ` (line ${at.line}, column ${at.column})` : '';
}
