/**
 * Which domain a description belongs to, from weighted keywords in English and Arabic.
 * @module
 */
import type { Domain } from '../../contracts/index.js';
import { KNOWLEDGE_PACKS } from './knowledge/index.js';
import { PhraseIndex } from './lexicon/index.js';
import { tokenize } from './text.js';
import pluralize from 'pluralize';

export interface DomainDecision {
  domain: Domain;
  /** The words that decided it, e.g. `clinic`, `patients`. */
  evidence: string[];
  score: number;
}

const KEYWORD_INDEX = buildKeywordIndex();

function buildKeywordIndex(): PhraseIndex<{ domain: Domain; weight: number }> {
  const index = new PhraseIndex<{ domain: Domain; weight: number }>();
  for (const pack of KNOWLEDGE_PACKS) {
    for (const [phrase, weight] of pack.keywords) {
      const key = { domain: pack.domain, weight };
      index.add(phrase, key);
      if (/^[a-z ]+$/.test(phrase)) index.add(pluralize.plural(phrase), key);
    }
  }
  return index;
}

/**
 * How people pay says nothing about what the platform is for: a hotel or a shop taking credit
 * cards is not a bank. Such phrases are blanked (keeping offsets) before domain words are counted.
 */
const PAYMENT_METHOD = /\b(?:credit|debit|prepaid)[ -]cards?\b/gi;

export function detectDomain(text: string): DomainDecision {
  const scores = new Map<Domain, { score: number; evidence: string[] }>();
  const withoutPayments = text.replace(PAYMENT_METHOD, (phrase) => ' '.repeat(phrase.length));
  for (const mention of KEYWORD_INDEX.find(tokenize(withoutPayments))) {
    for (const { domain, weight } of mention.keys) {
      const entry = scores.get(domain) ?? { score: 0, evidence: [] };
      entry.score += weight;
      const word = text.slice(mention.start, mention.end);
      if (!entry.evidence.includes(word)) entry.evidence.push(word);
      scores.set(domain, entry);
    }
  }
  let best: DomainDecision = { domain: 'other', evidence: [], score: 0 };
  for (const pack of KNOWLEDGE_PACKS) {
    const entry = scores.get(pack.domain);
    if (entry && entry.score > best.score) best = { domain: pack.domain, ...entry };
  }
  return best;
}
