/**
 * Reads a message once: entities (with where each came from), their listed fields and the relations
 * it states. Shared by new platforms and revisions.
 * @module
 */
import type { Domain } from '../../../contracts/index.js';
import {
  findEntities,
  type EntityMention,
  type EntityPreference,
  type TextEntities,
} from '../extract/entities.js';
import { findRelations, type StatedRelation } from '../extract/relations.js';
import { isDomainEntity, packOf, type Implication, type KnowledgePack } from '../knowledge/index.js';
import { entityEntry, namesEntityItself, PhraseIndex } from '../lexicon/index.js';
import { tokenize } from '../text.js';

export interface Reading {
  pack: KnowledgePack;
  text: TextEntities;
  /** Entity names in order of first mention, without repeats. */
  named: EntityMention[];
  relations: StatedRelation[];
  /** Implications whose words appear, with the word that triggered each. */
  implications: Array<{ implication: Implication; word: string }>;
}

export function readMessage(message: string, domain: Domain, existing: readonly string[] = []): Reading {
  const pack = packOf(domain);
  const text = findEntities(message, entityPreference(pack, existing));
  const named: EntityMention[] = [];
  for (const mention of text.mentions)
    if (!named.some((item) => item.name === mention.name)) named.push(mention);
  const relations = findRelations(message, text.mentions);
  for (const { entity, list } of text.fieldLists) {
    for (const item of list.fields) {
      // The item as the entity finder read it, so "rooms" here is the same `Room` as elsewhere.
      const to =
        item.entity &&
        (sameWords(text.mentions, item.words)?.name ?? namedItself(named, item.words) ?? item.entity);
      if (to && to !== entity) {
        relations.push({
          from: entity,
          to,
          kind: 'belongs-to',
          evidence: message.slice(list.start, list.end),
        });
      }
    }
  }
  return { pack, text, named, relations, implications: findImplications(message, pack) };
}

function sameWords(mentions: readonly EntityMention[], words: string): EntityMention | undefined {
  const wanted = words.toLowerCase();
  return mentions.find((mention) => mention.phrase.toLowerCase() === wanted);
}

/** A lexicon entity the text named that these words name too ("a room" after "rooms" is `Room`). */
function namedItself(named: readonly EntityMention[], words: string): string | undefined {
  return named.find((mention) => entityEntry(mention.name) && namesEntityItself(mention.name, words))?.name;
}

/**
 * Which entity a lexicon word stands for. The entity the word itself names wins ("rooms" is `Room`,
 * even though `Classroom` lists "room" as an alias); an alias counts only for an entity already in
 * the platform, one the domain owns, or one no domain owns. Otherwise the answer is undefined and the
 * person's own word becomes the entity ("trainers" at a gym is `Trainer`, not education's `Teacher`).
 */
function entityPreference(pack: KnowledgePack, existing: readonly string[]): EntityPreference {
  return (candidates, written) => {
    const own = candidates.filter((name) => namesEntityItself(name, written));
    const usable = candidates.filter(
      (name) =>
        own.includes(name) ||
        existing.includes(name) ||
        pack.entities.includes(name) ||
        !isDomainEntity(name),
    );
    return (
      usable.find((name) => existing.includes(name)) ??
      own.find((name) => pack.entities.includes(name)) ??
      own[0] ??
      usable.find((name) => pack.entities.includes(name)) ??
      usable[0]
    );
  };
}

function findImplications(message: string, pack: KnowledgePack): Reading['implications'] {
  const tokens = tokenize(message);
  const found: Reading['implications'] = [];
  for (const implication of pack.implications) {
    const index = new PhraseIndex<string>();
    for (const word of implication.words) index.add(word, word);
    const mention = index.find(tokens)[0];
    if (mention) found.push({ implication, word: message.slice(mention.start, mention.end) });
  }
  return found;
}
