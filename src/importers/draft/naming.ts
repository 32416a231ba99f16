/**
 * Names from a source model made into Blueprint names: reserved words replaced (with a note saying
 * why), enum values in lower snake case, and a slug from the file name.
 * @module
 */
import {
  humanize,
  isReservedEntityName,
  saferEntityNames,
  saferMemberNames,
  toCamelCase,
  toKebabCase,
  type ReservedReason,
} from '../../blueprint/index.js';

/** Why a name had to change, in words: `\`order\` is a reserved word in PostgreSQL`. */
export function reservedBecause(reason: ReservedReason): string {
  const word = `\`${reason.identifier}\``;
  switch (reason.kind) {
    case 'system':
      return `every WebNova record already has ${word}`;
    case 'postgresql':
      return `${word} is a reserved word in PostgreSQL`;
    case 'typescript':
      return `${word} is a reserved word in TypeScript`;
    case 'typescript-global':
      return `${word} would hide a built-in TypeScript type`;
    case 'infrastructure':
      return `the generated platform already has its own ${word}`;
  }
}

/** A replacement for a reserved entity name, e.g. `User` → `Member`; `undefined` when all are taken. */
export function replacementEntityName(name: string, isFree: (name: string) => boolean): string | undefined {
  if (!isReservedEntityName(name)) return name;
  return saferEntityNames(name).find(isFree);
}

/**
 * A replacement for a reserved member name, e.g. `order` → `orderNumber`, or `owner` on `Pet` →
 * `petOwner`; `undefined` when every candidate is reserved or taken.
 */
export function replacementMemberName(
  name: string,
  owner: string,
  isReserved: (name: string) => boolean,
  isFree: (name: string) => boolean,
): string | undefined {
  if (!isReserved(name)) return name;
  const candidates = [
    ...saferMemberNames(name, owner),
    toCamelCase(`${owner} ${name}`),
    ...[2, 3].map((n) => `${name}Value${n}`),
  ];
  return candidates.find((candidate) => !isReserved(candidate) && isFree(candidate));
}

/** `IN_STOCK` → `in_stock`, `InStock` → `in_stock`, `2nd` → `v_2nd`; `undefined` when nothing is left. */
export function enumValueOf(source: string): string | undefined {
  const snake = toKebabCase(source).replaceAll('-', '_');
  if (snake.length === 0) return undefined;
  return /^[a-z]/.test(snake) ? snake : `v_${snake}`;
}

/** `city-clinic.jdl` → `city-clinic`, `My API v2.yaml` → `my-api-v2`; `imported-model` when unusable. */
export function slugFromFileName(fileName: string): string {
  const base = baseNameOf(fileName);
  const slug = toKebabCase(base)
    .replace(/^[^a-z]+/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : 'imported-model';
}

/** `city_clinic.jdl` → `City clinic`, for the Blueprint's name when the source has none. */
export function titleFromFileName(fileName: string): string {
  const title = humanize(baseNameOf(fileName));
  return title.length > 0 ? title : 'Imported model';
}

function baseNameOf(fileName: string): string {
  const last = fileName.split(/[\\/]/).at(-1) ?? fileName;
  return last.replace(/\.[^.]*$/, '');
}

/** Cuts text to a limit the Blueprint imposes, marking the cut. */
export function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}
