import type { CrudAction, Domain, RelationKind } from '../../../contracts/index.js';

/** Words that make a domain likely, with weights (a strong word such as "clinic" counts more). */
export type WeightedWords = ReadonlyArray<readonly [phrase: string, weight: number]>;

/** "a clinic system" → Patient, Doctor, Appointment: what a word implies without spelling out. */
export interface Implication {
  words: readonly string[];
  entities: readonly string[];
  /** A name for the platform when the text gives none. */
  platformName: { en: string; ar: string };
}

export interface RelationHint {
  from: string;
  to: string;
  kind: RelationKind;
  required?: boolean;
}

/** A role the domain usually has; `portal` roles appear only when the text asks for self-service. */
export interface RoleHint {
  name: string;
  en: string;
  ar: string;
  /** Entity name → actions, e.g. `{ Appointment: 'cru' }` (c, r, u, d). */
  permissions: Readonly<Record<string, string>>;
  /** Entities that justify the role: it is offered only when one of them is in the platform. */
  core: readonly string[];
  portal?: boolean;
}

/** What WebNova knows about one domain. */
export interface KnowledgePack {
  domain: Domain;
  keywords: WeightedWords;
  /** Entities this domain owns: they win when a word could name entities of several domains. */
  entities: readonly string[];
  implications: readonly Implication[];
  /** Used when neither the text nor an implication names any entity. */
  defaultImplication: Implication;
  relations: readonly RelationHint[];
  roles: readonly RoleHint[];
}

export const actionsOf = (letters: string): CrudAction[] => {
  const actions: CrudAction[] = [];
  if (letters.includes('c')) actions.push('create');
  if (letters.includes('r')) actions.push('read');
  if (letters.includes('u')) actions.push('update');
  if (letters.includes('d')) actions.push('delete');
  return actions;
};
