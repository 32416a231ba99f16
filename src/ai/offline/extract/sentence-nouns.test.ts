import { describe, expect, it } from 'vitest';
import { sentenceNouns } from './sentence-nouns.js';

const phrases = (text: string): string[] => sentenceNouns(text).map((noun) => `${noun.role}:${noun.phrase}`);

describe('sentenceNouns', () => {
  it('finds a clause subject and the compound noun its verb acts on', () => {
    expect(phrases('Tenants request repairs; plumbers fix leaking pipes.')).toEqual([
      'subject:Tenants',
      'object:repairs',
      'subject:plumbers',
      'object:leaking pipes',
    ]);
  });

  it('reads past auxiliaries, participles and prepositions to the object', () => {
    expect(phrases('Volunteers are assigned to food drives.')).toEqual([
      'subject:Volunteers',
      'object:food drives',
    ]);
    expect(phrases('Sellers apply for market stalls.')).toEqual(['subject:Sellers', 'object:market stalls']);
  });

  it('starts subjects after connectives such as "where" and "and", and skips determiners', () => {
    expect(phrases('A marina where the skippers rent berths and divers inspect hulls.')).toEqual([
      'subject:skippers',
      'object:berths',
      'subject:divers',
      'object:hulls',
    ]);
  });

  it('offers the text verb of a subject, so a caller can overrule a capitalised verb', () => {
    expect(sentenceNouns('Tracks inventory daily.')[0]).toMatchObject({
      phrase: 'Tracks',
      verb: 'inventory',
    });
  });

  it('ignores list items, nouns before prepositions, singular subjects and verbs followed by plurals', () => {
    expect(phrases('A studio with dancers, teachers and rehearsals.')).toEqual([]);
    expect(phrases('Members in Spain.')).toEqual([]);
    expect(phrases('The studio schedules rehearsals.')).toEqual([]);
    expect(phrases('Each rehearsal belongs to a studio.')).toEqual([]);
    expect(phrases('Handles billing for studios.')).toEqual([]);
  });

  it('does not mistake a verb ending in -ly for an adverb, nor an adverb for a verb', () => {
    expect(phrases('Growers supply markets.')).toEqual(['subject:Growers', 'object:markets']);
    expect(phrases('Growers quickly.')).toEqual([]);
  });
});
