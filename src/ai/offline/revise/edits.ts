/**
 * Revisions that change what exists: rename, remove, make unique, make required.
 * @module
 */
import type { Blueprint, Entity, RenameHints } from '../../../contracts/index.js';
import { fieldFromWords } from '../build/fields.js';
import { natureOf } from '../build/entities.js';
import type { Inferences } from '../build/inferences.js';
import { removeEntityPages } from '../build/pages.js';
import { entityEntry, fieldEntry } from '../lexicon/index.js';
import {
  humanize,
  pluralMemberName,
  safeEntityName,
  safeMemberName,
  singularOfPhrase,
  toCamel,
  toKebab,
  toPascal,
} from '../names.js';
import { entitiesIn, entityNameFor, fieldNameFor, findField, withoutEntityWords } from './resolve.js';

export interface Change {
  en: string;
  ar: string;
}

export function removeEntity(blueprint: Blueprint, entity: Entity, inferences: Inferences): Change {
  blueprint.entities = blueprint.entities.filter((item) => item !== entity);
  const dropped = blueprint.relations.filter(
    (relation) => relation.from === entity.name || relation.to === entity.name,
  );
  blueprint.relations = blueprint.relations.filter((relation) => !dropped.includes(relation));
  for (const role of blueprint.roles)
    role.permissions = role.permissions.filter((permission) => permission.entity !== entity.name);
  removeEntityPages(blueprint, entity.name);
  inferences.add(
    'removal',
    entity.name,
    `removed with ${dropped.length} relations, its permissions, pages and navigation`,
  );
  return { en: `removed ${entity.name}`, ar: `حذفت ${entity.pluralLabel.ar ?? entity.name}` };
}

export function removeFieldOrEntities(
  blueprint: Blueprint,
  target: string,
  inferences: Inferences,
): Change[] {
  const fromMatch = /^(.+?)\s+(?:from|of|in|on|من|في)\s+(.+)$/i.exec(target.trim());
  const namesAField = /\b(?:field|column|property|attribute)\b|حقل/i.test(target);
  if (fromMatch?.[1] && fromMatch[2]) {
    const owners = entitiesIn(blueprint, fromMatch[2]);
    const found =
      owners.length > 0
        ? findField(blueprint, withoutEntityWords(blueprint, fromMatch[1]), owners)
        : undefined;
    if (found && found.entity.fields.length > 1) {
      found.entity.fields = found.entity.fields.filter((field) => field !== found.field);
      if (found.entity.displayField === found.field.name) delete found.entity.displayField;
      inferences.add(
        'removal',
        `${found.entity.name}.${found.field.name}`,
        'the message asks to remove this field',
      );
      return [
        {
          en: `removed ${found.entity.name}.${found.field.name}`,
          ar: `حذفت الحقل ${found.field.label.ar ?? found.field.name}`,
        },
      ];
    }
    // "remove the fax field from patients" when there is no fax field: nothing to do, never the entity.
    if (owners.length > 0 && withoutEntityWords(blueprint, fromMatch[1]).length > 0) return [];
  }
  if (namesAField) return [];
  const entities = entitiesIn(blueprint, target);
  if (entities.length === 0 || entities.length >= blueprint.entities.length) return [];
  return entities.map((entity) => removeEntity(blueprint, entity, inferences));
}

/** "patients' national id is unique", "make the phone required", "رقم الهوية للمرضى فريد". */
export function setFlag(
  blueprint: Blueprint,
  clause: string,
  flag: 'unique' | 'required',
  inferences: Inferences,
): Change[] {
  const owners = entitiesIn(blueprint, clause);
  const words = withoutEntityWords(blueprint, clause)
    .replace(
      /\b(?:unique|required|mandatory|compulsory|must|should|be|make|is|are|always|has to|have to)\b/gi,
      ' ',
    )
    .replace(/فريد\S*|غير مكرر\S*|[إا]لزامي\S*|[إا]جباري\S*|مطلوب\S*|اجعل\S*|يجب [أا]ن يكون|يكون/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words.length === 0) return [];
  let found = findField(blueprint, words, owners);
  const owner = owners[0];
  if (!found && owner) {
    const name = fieldNameFor(words);
    if (!name || !/^[a-z][A-Za-z0-9]*$/.test(name)) return [];
    const field = fieldFromWords(fieldEntry(name) ? name : words, natureOf(owner.name), { key: name });
    owner.fields.push(field);
    inferences.add(
      'field',
      `${owner.name}.${field.name}`,
      `created: the message asks for it to be ${flag} and ${owner.name} had no such field`,
    );
    found = { entity: owner, field };
  }
  if (!found) return [];
  found.field[flag] = true;
  inferences.add('change', `${found.entity.name}.${found.field.name}`, `${flag}, as the message says`);
  const arFlag = flag === 'unique' ? 'فريداً' : 'إلزامياً';
  return [
    {
      en: `made ${found.entity.name}.${found.field.name} ${flag}`,
      ar: `جعلت ${found.field.label.ar ?? found.field.name} ${arFlag}`,
    },
  ];
}

const ENGLISH_RENAME =
  /\b(?:rename|change the name of)\s+(?:the\s+)?(.+?)\s+(?:to|into|as)\s+(?:the\s+|an?\s+)?(.+?)\s*$/i;
const ARABIC_RENAME =
  /(?:أعد تسمية|اعد تسمية|إعادة تسمية|اعادة تسمية|غيّر اسم|غير اسم|سمِّ|سم)\s+(.+?)\s+(?:إلى|الى|لتصبح|ليصبح|باسم)\s+(.+)$/;

export function rename(
  blueprint: Blueprint,
  clause: string,
  renames: RenameHints,
  inferences: Inferences,
): Change[] {
  const match = ENGLISH_RENAME.exec(clause) ?? ARABIC_RENAME.exec(clause);
  const source = match?.[1];
  const target = match?.[2]?.replace(/[.!؟?]+$/, '').trim();
  if (!source || !target) return [];
  const owners = entitiesIn(blueprint, source);
  const fieldWords = withoutEntityWords(blueprint, source);
  const field = fieldWords.length > 0 ? findField(blueprint, fieldWords, owners) : undefined;
  if (field) {
    const to = renamedFieldName(target);
    if (!to || !/^[a-z][A-Za-z0-9]*$/.test(to) || field.entity.fields.some((item) => item.name === to))
      return [];
    const from = field.field.name;
    const known = fieldEntry(to);
    field.field.name = to;
    field.field.label = known ? { en: known.en, ar: known.ar } : labelFrom(target, humanize(to));
    if (field.entity.displayField === from) field.entity.displayField = to;
    renames.fields.push({ entity: field.entity.name, from, to });
    inferences.add('change', `${field.entity.name}.${from}`, `renamed to ${to}, as the message says`);
    return [{ en: `renamed ${field.entity.name}.${from} to ${to}`, ar: `غيرت اسم الحقل ${from} إلى ${to}` }];
  }
  const entity = owners[0];
  const to = renamedEntityName(target);
  if (entity && to === entity.name && /[\u0600-\u06FF]/.test(target)) {
    // The Arabic word names the same entity: only its Arabic label changes.
    entity.label = { ...entity.label, ar: target.replace(/^ال/, '') };
    entity.pluralLabel = { ...entity.pluralLabel, ar: target };
    inferences.add('change', entity.name, `Arabic label set to "${target}", as the message says`);
    return [{ en: `relabelled ${entity.name}`, ar: `غيرت تسمية ${entity.name} إلى ${target}` }];
  }
  if (
    !entity ||
    !to ||
    !/^[A-Z][A-Za-z0-9]*$/.test(to) ||
    blueprint.entities.some((item) => item.name === to)
  )
    return [];
  const from = entity.name;
  renameEntity(blueprint, entity, to, target);
  renames.entities.push({ from, to });
  inferences.add('change', to, `entity ${from} renamed to ${to}, as the message says`);
  return [{ en: `renamed ${from} to ${to}`, ar: `غيرت اسم ${from} إلى ${entity.label.ar ?? to}` }];
}

/** English words are taken as written ("physicians" → Physician); Arabic goes through the lexicon. */
function renamedEntityName(target: string): string | undefined {
  const english = englishWords(target);
  return english ? safeEntityName(toPascal(singularOfPhrase(english))) : entityNameFor(target);
}

function renamedFieldName(target: string): string | undefined {
  const english = englishWords(target);
  return english ? safeMemberName(toCamel(english)) : fieldNameFor(target);
}

function englishWords(text: string): string | undefined {
  if (/[\u0600-\u06FF]/.test(text)) return undefined;
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words.length > 0 ? words : undefined;
}

function labelFrom(target: string, english: string): Record<string, string> {
  return /[\u0600-\u06FF]/.test(target) ? { en: english, ar: target } : { en: english };
}

function renameEntity(blueprint: Blueprint, entity: Entity, to: string, target: string): void {
  const from = entity.name;
  const entry = entityEntry(to);
  entity.name = to;
  entity.label = entry ? { en: entry.en, ar: entry.ar } : labelFrom(target, humanize(to));
  entity.pluralLabel = entry
    ? { en: entry.enPlural, ar: entry.arPlural }
    : { en: humanize(pluralMemberName(to)) };
  for (const relation of blueprint.relations) {
    if (relation.from === from) {
      relation.from = to;
      if (relation.inverseName === pluralMemberName(from)) relation.inverseName = pluralMemberName(to);
      if (relation.inverseName === toCamel(from)) relation.inverseName = toCamel(to);
    }
    if (relation.to === from) {
      relation.to = to;
      if (relation.name === toCamel(from)) relation.name = toCamel(to);
      if (relation.name === pluralMemberName(from)) relation.name = pluralMemberName(to);
    }
  }
  for (const role of blueprint.roles)
    for (const permission of role.permissions) if (permission.entity === from) permission.entity = to;
  for (const page of blueprint.pages) {
    if (page.entity !== from) continue;
    const oldName = page.name;
    page.entity = to;
    page.title = { ...entity.pluralLabel };
    if (
      page.kind === 'entity-list' &&
      !blueprint.pages.some((other) => other.name === pluralMemberName(to))
    ) {
      page.name = pluralMemberName(to);
      page.path = `/${toKebab(page.name)}`;
      for (const item of blueprint.navigation) if (item.page === oldName) item.page = page.name;
    }
  }
}
