/**
 * The suite every `BlueprintProvider` runs (see `provider.ts`): the offline analyzer with its own
 * rules, Claude against a scripted fake of the Messages API. It checks what any provider must do,
 * not how well it understands people.
 * @module
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalysisResult, type Blueprint } from '../contracts/index.js';
import { validateBlueprint } from '../blueprint/index.js';
import type { AnalyzeRequest, BlueprintProvider } from './provider.js';

/** A message that starts a platform, and one that revises it without renaming anything. */
export const CONTRACT_MESSAGES = {
  draft:
    'A clinic in Riyadh. Patients have a full name, a national ID, a phone number and a medical history. ' +
    'Doctors have a name and a specialty. Appointments link a patient and a doctor, with a date and a status ' +
    '(booked, done, cancelled). Receptionists book appointments; doctors record diagnoses.',
  revision: 'Also record an email address for each patient.',
} as const;

export interface ProviderContractFixture {
  provider: BlueprintProvider;
  /**
   * For a provider whose upstream is scripted (a fake API): prepare the answer to the next analysis,
   * a draft when `current` is null, otherwise a revision of `current`. Providers that work out the
   * answer themselves leave it out.
   */
  scriptAnswer?: (request: Pick<AnalyzeRequest, 'message' | 'current'>) => void;
  /** How many calls the provider has made to its upstream so far; left out by providers with none. */
  upstreamCalls?: () => number;
  cleanup?: () => Promise<void>;
}

export function describeProviderContract(name: string, setup: () => Promise<ProviderContractFixture>): void {
  describe(`BlueprintProvider contract: ${name}`, () => {
    let fixture: ProviderContractFixture;

    beforeEach(async () => {
      fixture = await setup();
    });
    afterEach(async () => {
      await fixture.cleanup?.();
    });

    const analyze = (request: AnalyzeRequest) => {
      fixture.scriptAnswer?.(request);
      return fixture.provider.analyze(request);
    };
    const draft = () => analyze({ message: CONTRACT_MESSAGES.draft, current: null, history: [] });

    it('drafts a valid Blueprint from a first message and names itself as the provider', async () => {
      const result = await draft();

      expect(validateBlueprint(result.blueprint).problems).toEqual([]);
      expect(AnalysisResult.safeParse(result).error).toBeUndefined();
      expect(result.provider).toBe(fixture.provider.name);
      expect(result.summary.trim()).not.toBe('');
    });

    it('revises the current Blueprint, keeping the slug and the entities the message did not touch', async () => {
      const first = await draft();
      const revised = await analyze({
        message: CONTRACT_MESSAGES.revision,
        current: first.blueprint,
        history: [
          { role: 'user', text: CONTRACT_MESSAGES.draft },
          { role: 'assistant', text: first.summary },
        ],
      });

      expect(validateBlueprint(revised.blueprint).problems).toEqual([]);
      expect(revised.provider).toBe(fixture.provider.name);
      expect(revised.blueprint.slug).toBe(first.blueprint.slug);
      expect(entityNames(revised.blueprint)).toEqual(expect.arrayContaining(entityNames(first.blueprint)));
    });

    it('rejects an already-aborted call with an AbortError, without calling out', async () => {
      const controller = new AbortController();
      controller.abort();
      const callsBefore = fixture.upstreamCalls?.();

      await expect(
        fixture.provider.analyze({
          message: CONTRACT_MESSAGES.draft,
          current: null,
          history: [],
          signal: controller.signal,
        }),
      ).rejects.toMatchObject({ name: 'AbortError' });
      expect(fixture.upstreamCalls?.()).toBe(callsBefore);
    });

    it('returns a result that survives a trip through JSON unchanged', async () => {
      const result = await draft();

      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });
  });
}

function entityNames(blueprint: Blueprint): string[] {
  return blueprint.entities.map((entity) => entity.name);
}
