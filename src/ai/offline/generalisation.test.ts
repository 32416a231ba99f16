import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../contracts/index.js';
import { analyzeOffline } from './index.js';

/** Descriptions no lexicon entry, implication or corpus case was written for. */
const draft = (message: string): AnalysisResult => analyzeOffline({ message, current: null, history: [] });
const entityNames = (result: AnalysisResult): string[] => result.blueprint.entities.map((e) => e.name);
const relationPairs = (result: AnalysisResult): string[] =>
  result.blueprint.relations.map((relation) => `${relation.from}->${relation.to}`);
const reasonFor = (result: AnalysisResult, kind: string, subject: string): string =>
  result.inferences.find((item) => item.kind === kind && item.subject === subject)?.reason ?? '';

describe('offline analyzer on phrasing it was not shaped around', () => {
  it('makes the plural subjects and objects of sentences entities, compound nouns included', () => {
    const result = draft('Wardens patrol parking zones.');
    expect(entityNames(result)).toEqual(['Warden', 'ParkingZone']);
    expect(reasonFor(result, 'entity', 'ParkingZone')).toContain('"parking zones" is named in the text');
  });

  it('leaves out function words and abstract nouns the platform does not manage', () => {
    const names = entityNames(draft('Growers supply markets; the platform sends notifications to growers.'));
    expect(names).toEqual(['Grower', 'Market']);
  });

  it('relates "X are scheduled for each Y" between nouns no lexicon knows', () => {
    const result = draft('A marina where skippers rent berths; repairs are scheduled for each berth.');
    expect(entityNames(result)).toEqual(['Skipper', 'Berth', 'Repair']);
    expect(relationPairs(result)).toEqual(['Repair->Berth']);
  });

  it('relates "X for each Y" inside a list', () => {
    const result = draft('A nursery: growers manage greenhouses and sensors for each greenhouse.');
    expect(entityNames(result)).toEqual(['Grower', 'Greenhouse', 'Sensor']);
    expect(relationPairs(result)).toEqual(['Sensor->Greenhouse']);
  });

  it('relates "each X has a Y and a Z" to entities named elsewhere in the text', () => {
    const result = draft('A ferry operator: captains sail vessels. Each voyage has a captain and a vessel.');
    expect(entityNames(result)).toEqual(['Captain', 'Vessel', 'Voyage']);
    expect(relationPairs(result)).toEqual(['Voyage->Captain', 'Voyage->Vessel']);
    const voyage = result.blueprint.entities.find((entity) => entity.name === 'Voyage');
    expect(voyage?.fields.map((field) => field.name)).not.toContain('captain');
  });

  it('keeps the word the person said over an alias of another entity', () => {
    const result = draft('A coworking space: rooms, desks and lockers. Each locker has a desk and a room.');
    expect(entityNames(result)).toEqual(['Room', 'Desk', 'Locker']);
    expect(relationPairs(result)).toEqual(['Locker->Desk', 'Locker->Room']);
  });

  it('declines another domain’s reading of a word and explains why', () => {
    const result = draft('A karate dojo with members, instructors, classes and belts.');
    expect(entityNames(result)).toEqual(['Member', 'Instructor', 'Class', 'Belt']);
    expect(reasonFor(result, 'entity', 'Instructor')).toContain("another domain's Teacher");
  });

  it('still reads aliases as their entity within the entity’s own domain', () => {
    const names = entityNames(draft('A tutoring centre with students, tutors and subjects.'));
    expect(names).toEqual(expect.arrayContaining(['Student', 'Teacher', 'Course']));
  });

  it('does not let an implication add a second entity for a thing the person named', () => {
    const result = draft('A school where lessons happen in rooms.');
    expect(entityNames(result)).toContain('Room');
    expect(entityNames(result)).not.toContain('Classroom');
    expect(reasonFor(result, 'entity', 'Classroom')).toBe(
      'not added: "school" implies it, but "rooms" already names this thing as Room',
    );
  });

  it('applies no HIPAA to animal health data, and says so', () => {
    const result = draft('A small-animal vet clinic: owners, cats and checkups with diagnosis.');
    expect(result.blueprint.domain).toBe('healthcare');
    expect(result.blueprint.compliance).not.toContain('HIPAA');
    expect(reasonFor(result, 'compliance', 'HIPAA')).toMatch(/^not applied: .*about animals/);
  });

  it('still applies HIPAA to people’s health data', () => {
    const result = draft('A dental clinic: patients and visits with diagnosis.');
    expect(result.blueprint.compliance).toContain('HIPAA');
    expect(reasonFor(result, 'compliance', 'HIPAA')).toContain('holds health data');
  });

  it('does not count a payment method as evidence of the financial domain', () => {
    const result = draft('A campsite: pitches, campers and bookings; payments by credit card.');
    expect(result.blueprint.domain).not.toBe('financial');
    expect(reasonFor(result, 'domain', result.blueprint.domain)).not.toContain('credit');
    expect(result.blueprint.compliance).toContain('PCI-DSS');
  });
});
