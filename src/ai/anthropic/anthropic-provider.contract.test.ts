import type { Blueprint, BlueprintInput } from '../../contracts/index.js';
import { clinicBlueprint } from '../../blueprint/examples/clinic.js';
import { describeProviderContract } from '../provider-contract.js';
import { createAnthropicProvider } from './index.js';
import { startFakeMessagesApi, submitBlueprintReply } from './testing/index.js';

/** What a well-behaved Claude would answer: the clinic as a draft, the current Blueprint plus an email as a revision. */
function answerFor(current: Blueprint | null): BlueprintInput {
  if (!current) return clinicBlueprint;
  const [first, ...rest] = current.entities;
  if (!first) return current;
  const label = Object.fromEntries(
    current.locales.map((locale) => [locale, locale.startsWith('ar') ? 'البريد الإلكتروني' : 'Email']),
  );
  const email = { name: 'email', label, type: 'email' as const, dataClass: 'personal' as const };
  return { ...current, entities: [{ ...first, fields: [...first.fields, email] }, ...rest] };
}

describeProviderContract('anthropic (real SDK, fake Messages API)', async () => {
  const api = await startFakeMessagesApi();
  return {
    provider: createAnthropicProvider({ apiKey: 'sk-test', baseURL: api.baseURL, maxRetries: 0 }),
    scriptAnswer: ({ current }) =>
      api.script(
        submitBlueprintReply({
          blueprint: answerFor(current),
          summary: current ? 'Added an email to patients.' : 'A clinic in Riyadh.',
        }),
      ),
    upstreamCalls: () => api.requests.length,
    cleanup: () => api.close(),
  };
});
