/**
 * A new Blueprint from a first description: entities from the text and the domain's knowledge
 * pack, their fields and relations, roles, pages, region and compliance.
 * @module
 */
import { BLUEPRINT_SCHEMA_VERSION, type Blueprint } from '../../../contracts/index.js';
import type { DomainDecision } from '../domain.js';
import { wantsSelfService } from '../extract/context.js';
import { relationHintsFor } from '../knowledge/index.js';
import type { MessageLanguage } from '../language.js';
import { entityEntry } from '../lexicon/index.js';
import { slugOf } from '../names.js';
import { applyContext, applyDataCompliance } from './context.js';
import { mergeNamedFields, newEntity } from './entities.js';
import type { Inferences } from './inferences.js';
import { addListPage, ensureDashboard } from './pages.js';
import { readMessage } from './reading.js';
import { addRelation } from './relations.js';
import { adminRole, packRoles } from './roles.js';

export function newPlatform(
  message: string,
  language: MessageLanguage,
  decision: DomainDecision,
  inferences: Inferences,
): Blueprint {
  const reading = readMessage(message, decision.domain);
  const { pack } = reading;
  inferences.add(
    'domain',
    decision.domain,
    decision.evidence.length > 0
      ? `decided by the words: ${decision.evidence.join(', ')}`
      : 'no domain words were found',
  );
  const blueprint: Blueprint = {
    schemaVersion: BLUEPRINT_SCHEMA_VERSION,
    name: '',
    slug: 'platform',
    description: message.slice(0, 5000),
    domain: decision.domain,
    locales: language === 'ar' ? ['ar', 'en'] : ['en'],
    defaultLocale: language,
    entities: [],
    relations: [],
    roles: [],
    pages: [],
    navigation: [],
    compliance: [],
    integrations: [],
    deployment: { targets: ['local'], dataResidency: 'any' },
  };
  if (language === 'ar') inferences.add('locale', 'ar', 'the description is written in Arabic');
  for (const mention of reading.named) {
    blueprint.entities.push(newEntity(mention.name));
    const source = mention.known
      ? entityEntry(mention.name)
        ? 'the lexicon'
        : 'the text'
      : mention.declined
        ? `the text (the lexicon knows the word only as another domain's ${mention.declined}, so the word itself is kept, with default fields)`
        : 'the text (a noun no lexicon knows, given default fields)';
    inferences.add('entity', mention.name, `"${mention.phrase}" is named in the text; fields from ${source}`);
  }
  const implications =
    reading.implications.length > 0 || blueprint.entities.length >= 2
      ? reading.implications
      : [{ implication: pack.defaultImplication, word: '' }];
  for (const { implication, word } of implications) {
    for (const name of implication.entities) {
      if (blueprint.entities.some((entity) => entity.name === name)) continue;
      // The person already named this thing in their own word ("rooms" at a school is `Room`).
      const namedAs = reading.named.find((mention) => mention.couldName?.includes(name));
      if (namedAs) {
        const implied = word ? `"${word}" implies it` : `a ${decision.domain} platform usually has it`;
        const why = `not added: ${implied}, but "${namedAs.phrase}" already names this thing as ${namedAs.name}`;
        inferences.add('entity', name, why);
        continue;
      }
      blueprint.entities.push(newEntity(name));
      const why = word ? `"${word}" implies it` : `a ${decision.domain} platform usually has it`;
      inferences.add('entity', name, `${why} (the ${decision.domain} knowledge pack)`);
    }
  }
  if (blueprint.entities.length === 0) {
    blueprint.entities.push(newEntity('Item'));
    inferences.add('entity', 'Item', 'no entity was named or implied; a placeholder to rename');
  }
  for (const { entity, list } of reading.text.fieldLists) {
    const target = blueprint.entities.find((item) => item.name === entity);
    if (target) mergeNamedFields(target, list.fields, inferences);
  }
  for (const relation of reading.relations) {
    if (addRelation(blueprint, relation)) {
      inferences.add(
        'relation',
        `${relation.from}->${relation.to}`,
        `${relation.kind}, stated in the text: "${relation.evidence}"`,
      );
    }
  }
  for (const hint of relationHintsFor(decision.domain)) {
    if (addRelation(blueprint, hint)) {
      inferences.add(
        'relation',
        `${hint.from}->${hint.to}`,
        `${hint.kind}: the usual link between them (knowledge pack)`,
      );
    }
  }
  const names = blueprint.entities.map((entity) => entity.name);
  const selfService = wantsSelfService(message);
  blueprint.roles = [adminRole(names), ...packRoles(pack, names, selfService)];
  for (const role of blueprint.roles) {
    inferences.add(
      'role',
      role.name,
      role.administrator
        ? 'every platform has an administrator'
        : `a usual ${decision.domain} role with access to ${role.permissions.map((p) => p.entity).join(', ')}`,
    );
  }
  ensureDashboard(blueprint);
  for (const entity of blueprint.entities) addListPage(blueprint, entity);
  applyContext(blueprint, message, inferences);
  applyDataCompliance(blueprint, inferences);
  nameThePlatform(
    blueprint,
    message,
    language,
    reading.implications[0]?.implication.platformName ?? pack.defaultImplication.platformName,
  );
  return blueprint;
}

const CALLED =
  /\b(?:called|named)\s+["“']?([A-Z][\w&' -]{1,60}?)["”']?(?=[,.;:!?\n]|\s+(?:for|that|which|with|to|in)\b|$)|(?:اسمه|اسمها|باسم|تسمى|يسمى)\s+["«]?([^\s،,.«»"]+(?:\s+[^\s،,.«»"]+)?)/;

function nameThePlatform(
  blueprint: Blueprint,
  message: string,
  language: MessageLanguage,
  fallback: { en: string; ar: string },
): void {
  const match = CALLED.exec(message);
  const given = (match?.[1] ?? match?.[2])?.trim();
  blueprint.name = given ?? (language === 'ar' ? fallback.ar : fallback.en);
  blueprint.slug = (given ? slugOf(given) : undefined) ?? slugOf(fallback.en) ?? 'platform';
}
