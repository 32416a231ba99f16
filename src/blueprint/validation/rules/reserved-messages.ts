/**
 * Wording shared by every rule that refuses a reserved name.
 * @module
 */
import type { ReservedReason } from '../../naming/reserved.js';
import { saferMemberNames } from '../../naming/reserved.js';
import { quote, quoteAlternatives } from '../problem.js';

/** The code for a reserved member name: the generated code's own fields get a code of their own. */
export const reservedCode = (reason: ReservedReason): string =>
  reason.kind === 'system' ? 'system_field_name' : 'reserved_word';

/** "`order` cannot be used: its column `order` is a PostgreSQL reserved word". */
export function reservedMessage(what: string, name: string, reason: ReservedReason): string {
  const why =
    reason.kind === 'system'
      ? `the generated code adds ${quote(reason.identifier)} to every record itself`
      : reason.kind === 'postgresql'
        ? `it would generate the column ${quote(reason.identifier)}, a PostgreSQL reserved word`
        : `${quote(reason.identifier)} is a reserved word in TypeScript and JavaScript`;
  return `the ${what} ${quote(name)} cannot be used: ${why}`;
}

/** "rename it, e.g. `orderNumber` or `sortOrder`", or for system names, to drop it. */
export function reservedSuggestion(name: string, reason: ReservedReason, owner?: string): string {
  const alternatives = quoteAlternatives(saferMemberNames(name, owner));
  return reason.kind === 'system'
    ? `remove it (every record already has it); if it means something else, rename it, e.g. ${alternatives}`
    : `rename it, e.g. ${alternatives}`;
}
